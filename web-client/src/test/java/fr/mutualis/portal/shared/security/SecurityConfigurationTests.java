package fr.mutualis.portal.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

import java.net.URI;

import fr.mutualis.portal.shared.PortalWebFluxTest;
import fr.mutualis.portal.shared.TestKeycloak;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

@PortalWebFluxTest
class SecurityConfigurationTests {

	@Autowired
	WebTestClient web;

	@Test
	void everyPageHasAStrictContentSecurityPolicyThatLetsFormsReachKeycloak() {
		String policy = this.web.get()
			.uri("/")
			.exchange()
			.expectStatus().isOk()
			.returnResult(String.class)
			.getResponseHeaders()
			.getFirst("Content-Security-Policy");

		assertThat(policy).isEqualTo("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
				+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
				+ "frame-ancestors 'none'; form-action 'self' http://localhost:8180")
			.doesNotContain("unsafe-inline", "unsafe-eval");
	}

	@Test
	void everyPageHasTheOtherSecurityHeaders() {
		this.web.get()
			.uri("/")
			.exchange()
			.expectHeader().valueEquals("Referrer-Policy", "same-origin")
			.expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader().valueEquals("X-Frame-Options", "DENY")
			.expectHeader().valueEquals("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
	}

	@Test
	void anonymousVisitorOfAPrivatePageIsSentToSignIn() {
		this.web.get()
			.uri("/compte")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isFound()
			.expectHeader().location("/oauth2/authorization/keycloak");
	}

	@Test
	void signInGoesToKeycloakWithPkceAndThePageLanguage() {
		URI keycloak = this.web.get()
			.uri("/oauth2/authorization/keycloak")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus().isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();

		assertThat(keycloak).isNotNull();
		UriComponents redirect = UriComponentsBuilder.fromUri(keycloak).build();
		assertThat(redirect.toUriString()).startsWith(TestKeycloak.AUTHORIZATION_ENDPOINT + "?");
		assertThat(redirect.getQueryParams().getFirst("response_type")).isEqualTo("code");
		assertThat(redirect.getQueryParams().getFirst("code_challenge")).isNotBlank();
		assertThat(redirect.getQueryParams().getFirst("code_challenge_method")).isEqualTo("S256");
		assertThat(redirect.getQueryParams().getFirst("ui_locales")).isEqualTo("en");
	}

	@Test
	void signingOutWithoutTheCsrfTokenIsRefusedWithTheErrorPage() {
		String page = this.web.mutateWith(TestKeycloak.camille())
			.post()
			.uri("/logout")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isForbidden()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(page).contains("<html lang=\"fr\">").contains("Accès refusé");
	}

	@Test
	void signingOutEndsTheKeycloakSessionTooAndComesBackHome() {
		URI keycloak = this.web.mutateWith(TestKeycloak.camille())
			.mutateWith(csrf())
			.post()
			.uri("http://localhost/logout") // absolute, as on a real server: {baseUrl} comes from it
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isFound()
			.returnResult(Void.class)
			.getResponseHeaders()
			.getLocation();

		assertThat(keycloak).isNotNull();
		UriComponents redirect = UriComponentsBuilder.fromUri(keycloak).build();
		assertThat(redirect.toUriString()).startsWith(TestKeycloak.END_SESSION_ENDPOINT + "?");
		assertThat(redirect.getQueryParams().getFirst("id_token_hint")).isNotBlank();
		assertThat(redirect.getQueryParams().getFirst("post_logout_redirect_uri"))
			.isEqualTo("http://localhost/?logout");
	}

	@Test
	void unknownPageIsAFriendlyNotFoundPage() {
		String page = this.web.mutateWith(TestKeycloak.camille())
			.get()
			.uri("/nulle-part")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isNotFound()
			.expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(page).contains("<html lang=\"fr\">")
			.contains("<title>Page introuvable – Mutualis</title>")
			.contains("La page que vous demandez n’existe pas")
			.contains("Camille Martin")
			.containsPattern("action=\"/logout\">\\s*<input type=\"hidden\" name=\"_csrf\"")
			.doesNotContain("Exception", "at fr.mutualis");
	}

	@Test
	void unknownPageIsInEnglishForAnEnglishBrowser() {
		this.web.mutateWith(TestKeycloak.camille())
			.get()
			.uri("/nowhere")
			.accept(MediaType.TEXT_HTML)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.exchange()
			.expectStatus().isNotFound()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("<html lang=\"en\">").contains("Page not found"));
	}

	@Test
	void unknownPageAsksAnonymousVisitorsToSignInFirst() {
		this.web.get()
			.uri("/nulle-part")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isFound()
			.expectHeader().location("/oauth2/authorization/keycloak");
	}

}
