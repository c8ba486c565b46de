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
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@PortalWebFluxTest(NewsController.class)
@Import(PracticeNews.class)
class NewsControllerTests {

	static final FakeApi api = new FakeApi();

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
		properties.add("mutualis.portal.api-timeout", () -> "30s");
	}

	@BeforeEach
	void aVisitSinceTheTwentieth() {
		api.reset();
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);
		api.answers("PUT /api/v1/me/network-visit",
				"{\"since\": \"2026-11-20T08:00:00Z\", \"lastVisitAt\": \"2026-11-28T08:00:00Z\", \"firstVisit\": false}");
		api.answers("GET /api/v1/practices", PracticeApiJson.SEARCH);
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void recordsTheVisitOnTheServerThenListsWhatWasPublishedSinceThePreviousOne() {
		String page = Pages.open(camille(), "/nouveautes", HttpStatus.OK);

		assertThat(page).contains("<h1>Nouveautés du réseau</h1>", "Bonnes pratiques publiées")
			.contains("<a href=\"/bonnes-pratiques/" + PracticeApiJson.ID + "\">Réduire les impressions</a>")
			.contains("Rennes Métropole, le 20/11/2026");
		assertThat(api.last("PUT /api/v1/me/network-visit")).isNotNull();
		assertThat(api.last("GET /api/v1/practices").uri()).contains("publishedSince=2026-11-20T08%3A00Z");
		Pages.assertSober(page);
	}

	@Test
	void saysWhenNothingIsNew() {
		api.answers("GET /api/v1/practices", "{\"items\": [], \"nextCursor\": null, \"total\": 0, \"facets\": {}}");

		assertThat(Pages.open(camille(), "/nouveautes", HttpStatus.OK))
			.contains("Aucune nouvelle bonne pratique depuis votre dernière visite.");
	}

	private WebTestClient camille() {
		// The first page of a class renders templates for the first time: slow on a CPU shared by several builds.
		return this.web.mutate().responseTimeout(Duration.ofSeconds(30)).build().mutateWith(TestKeycloak.camille());
	}

}
