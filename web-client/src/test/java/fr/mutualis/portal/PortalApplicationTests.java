package fr.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import fr.mutualis.portal.shared.TestKeycloak;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.netty.http.client.HttpClient;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole portal on a real port: what only the running server shows (session cookie,
 * management port, static files, compression).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "management.server.port=0")
@Import(TestKeycloak.class)
class PortalApplicationTests {

	WebTestClient web;

	WebTestClient management;

	@BeforeEach
	void connect(@LocalServerPort int port, @LocalManagementPort int managementPort) {
		this.web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
		this.management = WebTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();
	}

	@Test
	void sessionCookieIsSecureHttpOnlyAndLax() {
		this.web.get()
			.uri("/oauth2/authorization/keycloak")
			.exchange()
			.expectStatus().isFound()
			.expectCookie().exists("MUTUALIS_SESSION")
			.expectCookie().httpOnly("MUTUALIS_SESSION", true)
			.expectCookie().secure("MUTUALIS_SESSION", true)
			.expectCookie().sameSite("MUTUALIS_SESSION", "Lax");
	}

	@Test
	void healthAndMetricsAnswerOnTheManagementPortOnly() {
		this.management.get().uri("/actuator/health").exchange().expectStatus().isOk().expectBody()
			.jsonPath("$.status").isEqualTo("UP");
		this.management.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
		this.management.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
		this.management.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
			.expectBody(String.class).value((metrics) -> assertThat(metrics).contains("jvm_memory_used_bytes"));

		this.web.get().uri("/actuator/health").accept(MediaType.APPLICATION_JSON).exchange()
			.expectStatus().value((status) -> assertThat(status).isNotEqualTo(200));
	}

	@Test
	void htmxComesFromItsWebjarWithoutVersionInTheAddressAndIsCached() {
		this.web.get()
			.uri("/webjars/htmx.org/dist/htmx.min.js")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
	}

	@Test
	void stylesheetIsCached() {
		this.web.get()
			.uri("/css/mutualis.css")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
	}

	@Test
	void pagesAreCompressed(@LocalServerPort int port) {
		// A client that does not decompress by itself, so that the Content-Encoding header stays.
		WebTestClient rawClient = WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create()))
			.baseUrl("http://localhost:" + port)
			.build();
		rawClient.get()
			.uri("/")
			.accept(MediaType.TEXT_HTML)
			.header(HttpHeaders.ACCEPT_ENCODING, "gzip")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.CONTENT_ENCODING, "gzip");
	}

}
