package fr.mutualis.portal.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.test.StepVerifier;

import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;

/**
 * The sign-in's code exchange against a real HTTP token endpoint that, like Keycloak 26.7.3 at times, never answers
 * a request: the exchange asks once more instead of waiting for ever, and gives up after two silent tries.
 */
class CodeExchangeTests {

	private static final String TOKENS = "{\"access_token\":\"the-access-token\",\"token_type\":\"Bearer\","
			+ "\"expires_in\":300}";

	private static final String REDIRECT = "http://localhost/login/oauth2/code/keycloak";

	private final AtomicInteger asked = new AtomicInteger();

	private DisposableServer keycloak;

	@AfterEach
	void stop() {
		if (this.keycloak != null) {
			this.keycloak.disposeNow();
		}
	}

	@Test
	void aTokenEndpointThatNeverAnswersIsAskedOnceMore() {
		tokenEndpointSilentFor(1);
		CodeExchange exchange = new CodeExchange(Duration.ofMillis(500));

		StepVerifier.create(exchange.getTokenResponse(grant()))
			.assertNext((tokens) -> assertThat(tokens.getAccessToken().getTokenValue()).isEqualTo("the-access-token"))
			.verifyComplete();
		assertThat(this.asked).hasValue(2);
	}

	@Test
	void aPromptAnswerIsAskedForOnce() {
		tokenEndpointSilentFor(0);

		StepVerifier.create(new CodeExchange(Duration.ofMillis(500)).getTokenResponse(grant()))
			.expectNextCount(1)
			.verifyComplete();
		assertThat(this.asked).hasValue(1);
	}

	@Test
	void twoSilentTriesEndTheSignInWithAnError() {
		tokenEndpointSilentFor(2);

		StepVerifier.create(new CodeExchange(Duration.ofMillis(300)).getTokenResponse(grant()))
			.expectError()
			.verify(Duration.ofSeconds(10));
		assertThat(this.asked).hasValue(2);
	}

	/** A token endpoint that reads each request and leaves the first {@code silent} ones unanswered. */
	private void tokenEndpointSilentFor(int silent) {
		this.keycloak = HttpServer.create()
			.host("127.0.0.1")
			.port(0)
			.route((routes) -> routes.post("/token", (request, response) -> {
				int count = this.asked.incrementAndGet();
				return request.receive()
					.aggregate()
					.asString()
					.then((count <= silent) ? Mono.never()
							: response.header("Content-Type", "application/json").sendString(Mono.just(TOKENS)).then());
			}))
			.bindNow();
	}

	private OAuth2AuthorizationCodeGrantRequest grant() {
		ClientRegistration registration = ClientRegistration.withRegistrationId("keycloak")
			.clientId("mutualis-portal")
			.clientSecret("secret")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(REDIRECT)
			.authorizationUri("http://localhost/auth")
			.tokenUri("http://127.0.0.1:" + this.keycloak.port() + "/token")
			.build();
		OAuth2AuthorizationRequest request = OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri("http://localhost/auth")
			.clientId("mutualis-portal")
			.redirectUri(REDIRECT)
			.state("state")
			.build();
		OAuth2AuthorizationResponse response = OAuth2AuthorizationResponse.success("the-code")
			.redirectUri(REDIRECT)
			.state("state")
			.build();
		return new OAuth2AuthorizationCodeGrantRequest(registration, new OAuth2AuthorizationExchange(request, response));
	}

}
