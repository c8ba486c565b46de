package fr.mutualis.portal.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import fr.mutualis.portal.shared.ApiJson;
import fr.mutualis.portal.shared.FakeApi;
import fr.mutualis.portal.shared.Pages;
import fr.mutualis.portal.shared.PortalWebFluxTest;
import fr.mutualis.portal.shared.TestKeycloak;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@PortalWebFluxTest(LibraryController.class)
class LibraryControllerTests {

	static final FakeApi api = new FakeApi();

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
		properties.add("mutualis.portal.api-timeout", () -> "30s");
	}

	@BeforeEach
	void aLibrary() {
		api.reset();
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);
		api.answers("GET /api/v1/practices", PracticeApiJson.SEARCH);
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void showsRankedResultsWithHighlightedExcerptsFacetsAndTheNextPage() {
		String page = Pages.open(camille(), "/bonnes-pratiques?q=impression&theme=PROCUREMENT", HttpStatus.OK);

		assertThat(page).contains("<title>Bonnes pratiques – Mutualis</title>", "3 bonnes pratiques trouvées.")
			.contains("<a href=\"/bonnes-pratiques/" + PracticeApiJson.ID + "\">Réduire les impressions</a>")
			.contains("moins d&#39;<mark>impressions</mark> &amp; du recto verso")
			.contains("Rennes Métropole · Achats responsables", "Effort faible · coût moyen · impact fort")
			.contains("Achats responsables (2) – filtre actif, retirer", "Usages (1)", "Intercommunalité (EPCI) (3)")
			.contains("href=\"/bonnes-pratiques?q=impression&amp;theme=USAGE\"")
			.contains("href=\"/bonnes-pratiques?q=impression&amp;theme=PROCUREMENT&amp;cursor=MC42fDAxOTM\" rel=\"next\"")
			.contains("href=\"/collectivites/region-bretagne/bonnes-pratiques\"");
		assertThat(api.last("GET /api/v1/practices").uri())
			.isEqualTo("/api/v1/practices?q=impression&theme=PROCUREMENT&limit=20");
		Pages.assertSober(page);
	}

	@Test
	void anExcerptWithOtherMarkupThanMarkIsShownEscaped() {
		api.answers("GET /api/v1/practices", PracticeApiJson.SEARCH.replace("moins d&#39;<mark>impressions</mark>",
				"<img src=x onerror=alert(1)><mark>impressions</mark>"));

		String page = Pages.open(camille(), "/bonnes-pratiques?q=impression", HttpStatus.OK);

		assertThat(page).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;&lt;mark&gt;impressions");
	}

	@Test
	void htmxGetsTheResultsOnly() {
		String fragment = camille().get().uri("/bonnes-pratiques?q=impression")
			.accept(MediaType.TEXT_HTML).header("HX-Request", "true")
			.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

		assertThat(fragment).doesNotContain("<html", "<form").contains("<mark>impressions</mark>");
	}

	@Test
	void anonymousVisitorsAreAskedToSignIn() {
		this.web.get().uri("/bonnes-pratiques").accept(MediaType.TEXT_HTML).exchange()
			.expectStatus().is3xxRedirection();
		assertThat(api.received()).isEmpty();
	}

	private WebTestClient camille() {
		// The first page of a class renders templates for the first time: slow on a CPU shared by several builds.
		return this.web.mutate().responseTimeout(Duration.ofSeconds(30)).build().mutateWith(TestKeycloak.camille());
	}

}
