package fr.mutualis.portal.home;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.portal.shared.ApiJson;
import fr.mutualis.portal.shared.FakeApi;
import fr.mutualis.portal.shared.PortalWebFluxTest;
import fr.mutualis.portal.shared.TestKeycloak;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@PortalWebFluxTest(AccountController.class)
class AccountControllerTests {

	static final FakeApi api = new FakeApi();

	static final String CAMILLE = ApiJson.ME_ADMIN;

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
	}

	@BeforeEach
	void forgetPreviousAnswers() {
		api.reset();
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void showsWhatTheApiKnowsOfTheSignedInUser() {
		api.answers("GET /api/v1/me", CAMILLE);

		String page = account(this.web.mutateWith(TestKeycloak.camille()), HttpStatus.OK);

		assertThat(page).contains("<title>Mon compte – Mutualis</title>")
			.contains("Bonjour Camille Martin.")
			.contains("<dd>camille.martin@bretagne.example</dd>")
			.contains("<dd>Non</dd>")
			.contains("0190c3a2-7d1e-7aa0-9c1b-3f5e2d4c6b7a")
			.containsPattern("<td><a href=\"/collectivites/region-bretagne\">Région Bretagne</a></td>\\s*<td>Administrateur</td>")
			.containsPattern("<td><a href=\"/collectivites/ville-de-quimper\">Ville de Quimper</a></td>\\s*<td>Lecteur</td>")
			.doesNotContain("Aucune.");
	}

	@Test
	void relaysTheUserAccessTokenToTheApi() {
		api.answers("GET /api/v1/me", CAMILLE);

		account(this.web.mutateWith(TestKeycloak.camille()), HttpStatus.OK);

		// mockOidcLogin() signs in with the access token "access-token"
		assertThat(api.last("GET /api/v1/me").header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer access-token");
	}

	@Test
	void saysSoWhenTheUserBelongsToNoAuthority() {
		api.answers("GET /api/v1/me", """
				{"id": "0190c3a2-0000-7000-8000-000000000001", "name": "Opératrice", "email": null,
				 "platformOperator": true, "memberships": []}
				""");

		String page = account(this.web.mutateWith(TestKeycloak.camille()), HttpStatus.OK);

		assertThat(page).contains("<dd>Oui</dd>").contains("<dd>Non renseigné</dd>").contains("Aucune.").doesNotContain("<table");
	}

	@Test
	void showsInEnglishToo() {
		api.answers("GET /api/v1/me", CAMILLE);

		String page = account(this.web.mutateWith(TestKeycloak.camille()), HttpStatus.OK, "en");

		assertThat(page).contains("<html lang=\"en\">").contains("Hello Camille Martin.").contains("<td>Administrator</td>");
	}

	@Test
	void explainsInPlainWordsWhenTheApiFails() {
		api.answers("GET /api/v1/me", 500, "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500}");

		String page = account(this.web.mutateWith(TestKeycloak.camille()), HttpStatus.BAD_GATEWAY);

		assertThat(page).contains("<title>Service momentanément indisponible – Mutualis</title>")
			.contains("Réessayez dans quelques minutes.")
			.containsPattern("Référence de l’erreur, à donner au support\u00a0: [0-9a-f-]+")
			.contains("Camille Martin")
			.doesNotContain("Exception", "WebClient", "at fr.mutualis", "127.0.0.1");
	}

	@Test
	void explainsInEnglishWhenTheApiSendsSomethingUnreadable() {
		api.answers("GET /api/v1/me", "<html>not json</html>");

		String page = account(this.web.mutateWith(TestKeycloak.camille()), HttpStatus.BAD_GATEWAY, "en");

		assertThat(page).contains("Service temporarily unavailable").doesNotContain("Exception", "Jackson");
	}

	@Test
	void anonymousVisitorIsSentToSignInWithoutCallingTheApi() {
		this.web.get()
			.uri("/compte")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isFound()
			.expectHeader().location("/oauth2/authorization/keycloak");
	}

	private static String account(WebTestClient web, HttpStatus status) {
		return account(web, status, "fr");
	}

	private static String account(WebTestClient web, HttpStatus status, String language) {
		return web.get()
			.uri("/compte")
			.accept(MediaType.TEXT_HTML)
			.header(HttpHeaders.ACCEPT_LANGUAGE, language)
			.exchange()
			.expectStatus().isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
