package fr.mutualis.portal.reuse;

import static org.assertj.core.api.Assertions.assertThat;

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

@PortalWebFluxTest(ComplianceController.class)
@Import(ReuseApi.class)
class ComplianceControllerTests {

	static final FakeApi api = new FakeApi();

	static final String PAGE = "/collectivites/region-bretagne/conformite/2026";

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
	}

	@BeforeEach
	void brittanyHasAReport() {
		api.reset();
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);
		api.answers("GET /api/v1/authorities/region-bretagne", ApiJson.BRETAGNE);
		api.answers("GET /api/v1/authorities/region-bretagne/compliance/2026", ReuseJson.COMPLIANCE);
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void showsGaugesWithTheFiguresInATableAndTheLegalSource() {
		String page = Pages.open(camille(), PAGE, HttpStatus.OK);

		assertThat(page).contains("<title>Conformité 2026 – Région Bretagne – Mutualis</title>")
			.contains("aria-label=\"59,4 % pour un objectif de 50 %\"")
			.contains("width=\"118.8\"", "fill=\"#1b6e3a\"", "x1=\"100.0\"")
			.containsPattern("Matériel réformé en stock au 1er janvier \\(B\\)</th><td class=\"number\">160</td>")
			.containsPattern("Taux A / B</th><td class=\"number\">59,4 %</td>")
			.contains("Source de l’objectif : Décret n° 2023-266")
			.contains("Pas d’objectif enregistré")
			.contains("href=\"/collectivites/region-bretagne/conformite/2026.csv\"");
		Pages.assertSober(page);
	}

	@Test
	void exportsTheReportAsCsvForTheSustainableDevelopmentReport() {
		String csv = camille().get().uri(PAGE + ".csv").header("Accept-Language", "fr").exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals("Content-Disposition", "attachment; filename=\"conformite-region-bretagne-2026.csv\"")
			.expectBody(String.class).returnResult().getResponseBody();

		assertThat(csv).contains("Obligation;Catégorie;")
			.contains("REEN;;160;95;59.4;50.0;Atteint;\"Décret n° 2023-266")
			.contains("AGEC;LAPTOP;10000.00;3000.00;30.0;;;");
	}

	@Test
	void anotherAuthorityGetsTheNotFoundPageAsTheApiRefuses() {
		api.refuses("GET /api/v1/authorities/region-bretagne/compliance/2026", 404, "not-found", "");

		assertThat(Pages.open(camille(), PAGE, HttpStatus.NOT_FOUND)).doesNotContain("59.4");
	}

	private WebTestClient camille() {
		return this.web.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build().mutateWith(TestKeycloak.camille());
	}

}
