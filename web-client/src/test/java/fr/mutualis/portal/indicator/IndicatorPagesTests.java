package fr.mutualis.portal.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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

@PortalWebFluxTest({ IndicatorDashboardController.class, IndicatorComparisonController.class })
@Import(IndicatorsApi.class)
class IndicatorPagesTests {

	static final FakeApi api = new FakeApi();

	static final String BASE = "/api/v1/authorities/region-bretagne";

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
	}

	@BeforeEach
	void brittanyHasTwoValuesOfOneIndicator() {
		api.reset();
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);
		api.answers("GET " + BASE, ApiJson.BRETAGNE);
		api.answers("GET " + BASE + "/indicators",
				ApiJson.page(null, IndicatorJson.AGENTS_TRAINED, IndicatorJson.EMBODIED, IndicatorJson.DC_PUE));
		api.answers("GET " + BASE + "/measurements", IndicatorJson.MEASUREMENTS);
		api.answers("GET " + BASE + "/comparisons/AGENTS_TRAINED", IndicatorJson.COMPARISON);
		api.answers("GET " + BASE + "/comparisons/AGENTS_TRAINED/series", IndicatorJson.SERIES);
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void theDashboardShowsLatestValueTrendAndPositionThenTheIndicatorsWithoutValue() {
		String page = Pages.open(camille(), "/collectivites/region-bretagne/indicateurs", HttpStatus.OK);

		assertThat(page).contains("<title>Indicateurs – Région Bretagne – Mutualis</title>")
			.containsPattern("Agents formés</a>\\s*<span class=\"hint\">\\(confidentielle\\)</span>")
			.contains("<td class=\"number\">42,5 %</td>")
			.contains("<td>En amélioration</td>")
			.contains("3e sur 12")
			.contains("calculé à partir de vos données")
			.contains("href=\"/collectivites/region-bretagne/indicateurs/saisie?indicateur=DC_PUE\"");
		assertThat(api.last("GET " + BASE + "/comparisons/AGENTS_TRAINED").uri()).contains("year=2025", "peers=ALL");
		Pages.assertSober(page);
	}

	@Test
	void someoneWhoIsNotAMemberGetsNotFound() {
		api.answers("GET " + BASE + "/indicators", 404, "");
		Pages.open(camille(), "/collectivites/region-bretagne/indicateurs", HttpStatus.NOT_FOUND);
	}

	@Test
	void theComparisonDrawsTheBoxPlotAndTheSeriesEachWithItsTable() {
		String page = Pages.open(camille(), "/collectivites/region-bretagne/indicateurs/AGENTS_TRAINED", HttpStatus.OK);

		assertThat(page).contains("<h1>Agents formés</h1>")
			.contains("role=\"img\" aria-labelledby=\"boite-titre boite-desc\"")
			.contains("role=\"img\" aria-labelledby=\"serie-titre serie-desc\"")
			.contains("Vous êtes 3e sur 12 : vous faites mieux que 81,8 % des autres")
			.contains("Votre valeur est confidentielle")
			.containsPattern("<th scope=\"row\">Médiane</th><td class=\"number\">35,5</td>")
			.containsPattern("<th scope=\"row\">2024</th>\\s*<td class=\"number\">—</td>")
			.contains("comparaison.csv?annee=2025&amp;pairs=ALL");
		// 2024 has no value: the authority's line is broken there, so no polyline joins 2023 to 2025
		assertThat(page).doesNotContainPattern("<polyline points=\"[0-9,]+ [0-9,]+ [0-9,]+\" fill=\"none\" stroke=\"#1f5f3a\"");
		Pages.assertSober(page);
	}

	@Test
	void aGroupOfTwoShowsNoDistribution() {
		api.answers("GET " + BASE + "/comparisons/AGENTS_TRAINED", IndicatorJson.COMPARISON_OF_TWO);

		String page = Pages.open(camille(), "/collectivites/region-bretagne/indicateurs/AGENTS_TRAINED?pairs=REGION",
				HttpStatus.OK);

		assertThat(page).contains("Seules 2 collectivités comparables ont partagé une valeur")
			.doesNotContain("boite-titre")
			.doesNotContain("Vous êtes");
		assertThat(api.last("GET " + BASE + "/comparisons/AGENTS_TRAINED").uri()).contains("peers=REGION");
	}

	@Test
	void theFiguresDownloadAsCsv() {
		String csv = camille().get()
			.uri(URI.create("/collectivites/region-bretagne/indicateurs/AGENTS_TRAINED/comparaison.csv?annee=2025"))
			.exchange()
			.expectStatus().isOk()
			.expectHeader().contentType("text/csv;charset=UTF-8")
			.expectHeader().valueMatches("Content-Disposition", "attachment; filename=\"region-bretagne-AGENTS_TRAINED-2025.csv\"")
			.expectBody(String.class).returnResult().getResponseBody();

		assertThat(csv).contains("AGENTS_TRAINED,2025,ALL,42.5,42.5,12,10,20,35.5,50,90,38.25,3,81.8\r\n")
			.contains("2024,,,0,\r\n")
			.contains("2025,42.5,42.5,12,35.5\r\n");
	}

	@Test
	void anUnknownPeerGroupFallsBackToAll() {
		Pages.open(camille(), "/collectivites/region-bretagne/indicateurs/AGENTS_TRAINED?pairs=%3Cscript%3E", HttpStatus.OK);
		assertThat(api.last("GET " + BASE + "/comparisons/AGENTS_TRAINED").uri()).contains("peers=ALL");
	}

	/** Camille, with time for a first page while other builds share the CPU. */
	private WebTestClient camille() {
		return this.web.mutate().responseTimeout(Duration.ofSeconds(30)).build().mutateWith(TestKeycloak.camille());
	}

}
