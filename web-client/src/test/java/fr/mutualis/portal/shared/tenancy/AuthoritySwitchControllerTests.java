package fr.mutualis.portal.shared.tenancy;

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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

@PortalWebFluxTest(AuthoritySwitchController.class)
class AuthoritySwitchControllerTests {

	static final FakeApi api = new FakeApi();

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
	}

	@BeforeEach
	void camilleBelongsToTwoAuthorities() {
		api.reset();
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void theChosenAuthorityBecomesTheCurrentOneForTheNextPagesOfTheSession() {
		EntityExchangeResult<Void> switched = camille().get()
			.uri("/collectivite-courante?collectivite=ville-de-quimper")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().is3xxRedirection()
			.expectHeader().location("/collectivites/ville-de-quimper")
			.expectBody().isEmpty();
		ResponseCookie session = switched.getResponseCookies().toSingleValueMap().values().stream()
			.filter((cookie) -> !cookie.getName().equals("mutualis_lang"))
			.findFirst()
			.orElseThrow();

		// Any later page of the session, even the "page not found" one, has the header.
		String next = camille().get()
			.uri("/nulle-part")
			.cookie(session.getName(), session.getValue())
			.accept(MediaType.TEXT_HTML)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
			.exchange()
			.expectStatus().isNotFound()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(next).containsPattern("<option value=\"ville-de-quimper\"\\s+selected=\"selected\">Ville de Quimper \\(lecteur\\)</option>")
			.contains("<a href=\"/collectivites/ville-de-quimper\">Ma collectivité</a>")
			.doesNotContain("/membres", "/journal");
		assertThat(api.received()).as("the authorities are remembered in the session")
			.filteredOn((request) -> request.path().equals("/api/v1/me"))
			.hasSize(1);
	}

	@Test
	void anAuthorityTheUserDoesNotBelongToCannotBeChosen() {
		camille().get()
			.uri("/collectivite-courante?collectivite=brest-metropole")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void theHeaderOfAnOperatorLinksToTheCreationOfAnAuthority() {
		api.answers("GET /api/v1/me", ApiJson.ME_OPERATOR);

		String page = camille().get()
			.uri("/nulle-part")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isNotFound()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(page).contains("<a href=\"/collectivites/nouvelle\">Nouvelle collectivité</a>")
			.doesNotContain("Ma collectivité", "authority-switcher");
	}

	@Test
	void whenTheApiCannotTellTheUsersAuthoritiesPagesStillShowWithoutThem() {
		api.answers("GET /api/v1/me", 500, "{\"status\":500}");

		String page = camille().get()
			.uri("/nulle-part")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isNotFound()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(page).contains("Page introuvable", "Camille Martin", "<a href=\"/collectivites\">Collectivités</a>")
			.doesNotContain("Ma collectivité");
	}

	private WebTestClient camille() {
		return this.web.mutateWith(TestKeycloak.camille());
	}

}
