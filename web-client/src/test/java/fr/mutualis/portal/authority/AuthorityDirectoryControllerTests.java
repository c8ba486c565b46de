package fr.mutualis.portal.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;

import fr.mutualis.portal.shared.ApiJson;
import fr.mutualis.portal.shared.FakeApi;
import fr.mutualis.portal.shared.Pages;
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

@PortalWebFluxTest(AuthorityDirectoryController.class)
class AuthorityDirectoryControllerTests {

	static final FakeApi api = new FakeApi();

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
	}

	@BeforeEach
	void camilleIsAnAdministrator() {
		api.reset();
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void listsAuthoritiesInATableWithTheirKindInFrenchAndLinksToTheirProfiles() {
		api.answers("GET /api/v1/authorities", ApiJson.page("c2", ApiJson.BRETAGNE, ApiJson.QUIMPER));

		String page = Pages.open(camille(), "/collectivites", HttpStatus.OK);

		assertThat(page).contains("<title>Collectivités – Mutualis</title>")
			.contains("<caption id=\"resultats-titre\">Collectivités, par ordre alphabétique</caption>")
			.contains("<th scope=\"col\">Nom</th>", "<th scope=\"col\">Type</th>", "<th scope=\"col\">Département</th>")
			.contains("<th scope=\"row\"><a href=\"/collectivites/region-bretagne\">Région Bretagne</a></th>")
			.containsPattern("<a href=\"/collectivites/ville-de-quimper\">Ville de Quimper</a></th>\\s*<td>Commune</td>\\s*<td>29</td>")
			.containsPattern("63[\\u00a0\\u202f ]400")
			.contains("2 collectivités affichées. D’autres suivent sur la page suivante.")
			.contains("<a href=\"/collectivites?cursor=c2\" rel=\"next\">Page suivante</a>")
			.doesNotContain("Première page");
		Pages.assertSober(page);
	}

	@Test
	void sendsTheSearchAndFiltersToTheApiAndKeepsThemInTheFormAndThePagination() {
		api.answers("GET /api/v1/authorities", ApiJson.page("c3", ApiJson.QUIMPER));

		String page = Pages.open(camille(), "/collectivites?q=quimper&kind=COMMUNE&region=53&cursor=c2", HttpStatus.OK);

		assertThat(api.last("GET /api/v1/authorities").uri())
			.isEqualTo("/api/v1/authorities?q=quimper&kind=COMMUNE&region=53&cursor=c2");
		assertThat(page).contains("name=\"q\" value=\"quimper\"")
			.contains("<option value=\"COMMUNE\" selected=\"selected\">Commune</option>")
			.contains("<option value=\"53\" selected=\"selected\">Bretagne</option>")
			.contains("href=\"/collectivites?q=quimper&amp;kind=COMMUNE&amp;region=53&amp;cursor=c3\"")
			.contains("<a href=\"/collectivites?q=quimper&amp;kind=COMMUNE&amp;region=53\">Première page</a>");
	}

	@Test
	void whatTheUserTypesStaysAQueryValueForTheApi() {
		api.answers("GET /api/v1/authorities", ApiJson.page(null));

		Pages.open(camille(), "/collectivites?q=Saint-Brieuc%20%26%20co%2F..%3Fkind%3DX", HttpStatus.OK);

		assertThat(api.last("GET /api/v1/authorities").uri())
			.isEqualTo("/api/v1/authorities?q=Saint-Brieuc%20%26%20co%2F..%3Fkind%3DX");
	}

	@Test
	void saysSoWhenNothingMatches() {
		api.answers("GET /api/v1/authorities", ApiJson.page(null));

		String page = Pages.open(camille(), "/collectivites?q=atlantide", HttpStatus.OK);

		assertThat(page).contains("Aucune collectivité ne correspond à votre recherche.").doesNotContain("<table", "Page suivante");
	}

	@Test
	void htmxGetsTheResultsOnlyWithTheStatusForScreenReaders() {
		api.answers("GET /api/v1/authorities", ApiJson.page(null, ApiJson.QUIMPER));

		String results = camille().get()
			.uri("/collectivites?q=quim")
			.accept(MediaType.TEXT_HTML)
			.header("HX-Request", "true")
			.exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.VARY, "HX-Request")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(results).doesNotContain("<html", "<header", "<form")
			.contains("<p id=\"resultats-statut\" hx-swap-oob=\"innerHTML\">1 collectivité affichée.</p>")
			.contains("<a href=\"/collectivites/ville-de-quimper\">Ville de Quimper</a>");
	}

	@Test
	void theFullPageDeclaresTheLiveRegionAndTheHtmxEnhancementOfAPlainGetForm() {
		api.answers("GET /api/v1/authorities", ApiJson.page(null, ApiJson.QUIMPER));

		String page = Pages.open(camille(), "/collectivites", HttpStatus.OK);

		assertThat(page).containsPattern("<form class=\"search-form\" method=\"get\" action=\"/collectivites\" role=\"search\"")
			.contains("hx-get=\"/collectivites\" hx-target=\"#resultats\"")
			.contains("<p id=\"resultats-statut\" class=\"results-status\" role=\"status\">1 collectivité affichée.</p>")
			.contains("<label class=\"field__label\" for=\"recherche-q\">")
			.doesNotContain("hx-swap-oob");
	}

	@Test
	void aFullPageOfFiftyAuthoritiesStaysUnder100Kilobytes() {
		String[] fifty = Collections.nCopies(50, ApiJson.QUIMPER).toArray(String[]::new);
		api.answers("GET /api/v1/authorities", ApiJson.page("next", fifty));

		Pages.assertSober(Pages.open(camille(), "/collectivites", HttpStatus.OK));
	}

	@Test
	void showsInEnglish() {
		api.answers("GET /api/v1/authorities", ApiJson.page(null, ApiJson.QUIMPER));

		String page = Pages.open(camille(), "/collectivites", HttpStatus.OK, "en");

		assertThat(page).contains("<html lang=\"en\">").contains("<td>Municipality</td>").contains("1 authority shown.");
	}

	@Test
	void anonymousVisitorIsSentToSignIn() {
		this.web.get()
			.uri("/collectivites")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isFound()
			.expectHeader().location("/oauth2/authorization/keycloak");
		assertThat(api.received()).isEmpty();
	}

	private WebTestClient camille() {
		return this.web.mutateWith(TestKeycloak.camille());
	}

}
