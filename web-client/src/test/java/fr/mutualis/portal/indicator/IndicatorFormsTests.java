package fr.mutualis.portal.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

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

@PortalWebFluxTest({ MeasurementFormController.class, InventoryFormController.class })
@Import(IndicatorsApi.class)
class IndicatorFormsTests {

	static final FakeApi api = new FakeApi();

	static final String BASE = "/api/v1/authorities/region-bretagne";

	static final String FORM = "/collectivites/region-bretagne/indicateurs/saisie";

	static final String INVENTORY = "/collectivites/region-bretagne/indicateurs/inventaire";

	static final String SAVED = """
			{"indicator": "AGENTS_TRAINED", "year": 2025, "value": 42.5, "source": "Plan", "comment": "",
			 "confidential": true, "computed": false, "formula": null, "version": 0}
			""";

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
	}

	@BeforeEach
	void brittany() {
		api.reset();
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);
		api.answers("GET " + BASE, ApiJson.BRETAGNE);
		api.answers("GET " + BASE + "/indicators",
				ApiJson.page(null, IndicatorJson.AGENTS_TRAINED, IndicatorJson.EMBODIED, IndicatorJson.DC_PUE));
		api.answers("GET /api/v1/footprint-factors", IndicatorJson.FACTORS);
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void theFormIsFilledWithTheCurrentValue() {
		api.answers("GET " + BASE + "/measurements/AGENTS_TRAINED/2025", 200, SAVED, "ETag", "\"0\"");

		String page = Pages.open(camille(), FORM + "?indicateur=AGENTS_TRAINED&annee=2025", HttpStatus.OK);

		assertThat(page).contains("<option value=\"AGENTS_TRAINED\" selected=\"selected\">Agents formés (%)</option>")
			.containsPattern("name=\"value\" value=\"42.5\"")
			.containsPattern("name=\"confidential\" value=\"on\"[^>]*checked=\"checked\"");
		Pages.assertSober(page);
	}

	@Test
	void aValueTypedWithACommaIsSavedThenTheComparisonOpens() {
		api.answers("PUT " + BASE + "/measurements/AGENTS_TRAINED/2025", 201, SAVED);

		URI next = Pages.sendAndFollow(camille(), FORM, Map.of("indicator", "AGENTS_TRAINED", "year", "2025",
				"value", "42,5", "source", " Plan ", "confidential", "on"));

		assertThat(next.toString()).isEqualTo("/collectivites/region-bretagne/indicateurs/AGENTS_TRAINED?annee=2025&enregistre");
		assertThat(api.last("PUT " + BASE + "/measurements/AGENTS_TRAINED/2025").body())
			.contains("\"value\":42.5", "\"source\":\"Plan\"", "\"confidential\":true");
	}

	@Test
	void whatIsNotANumberIsExplainedWithoutCallingTheApi() {
		String page = Pages.send(camille(), FORM, Map.of("indicator", "AGENTS_TRAINED", "year", "2025", "value", "beaucoup"),
				HttpStatus.BAD_REQUEST);

		assertThat(page).contains("Saisissez un nombre adapté à l’unité").contains("value=\"beaucoup\"");
		assertThat(api.last("PUT " + BASE + "/measurements/AGENTS_TRAINED/2025")).isNull();
		Pages.assertSober(page);
	}

	@Test
	void aValueTheUnitRefusesIsExplainedNextToTheField() {
		api.answers("PUT " + BASE + "/measurements/AGENTS_TRAINED/2025", 400, """
				{"type": "urn:mutualis:problem:invalid-input", "title": "Invalid input", "status": 400,
				 "errors": [{"field": "value", "message": "a percentage must be between 0 and 100"}]}""");

		String page = Pages.send(camille(), FORM, Map.of("indicator", "AGENTS_TRAINED", "year", "2025", "value", "120"),
				HttpStatus.BAD_REQUEST);

		assertThat(page).contains("href=\"#indicators.measurement-value\"").contains("un pourcentage entre 0 et 100");
	}

	@Test
	void aViewerIsRefused() {
		api.answers("PUT " + BASE + "/measurements/AGENTS_TRAINED/2025", 403, "");
		Pages.send(camille(), FORM, Map.of("indicator", "AGENTS_TRAINED", "year", "2025", "value", "12"),
				HttpStatus.FORBIDDEN);
	}

	@Test
	void theInventoryFormListsEveryCategoryAndTheFactorsWithTheirSources() {
		api.answers("GET " + BASE + "/inventories/2024", """
				{"year": 2024, "units": {"LAPTOP": 120, "SERVER": 4}, "version": 2}""");

		String page = Pages.open(camille(), INVENTORY + "?annee=2024", HttpStatus.OK);

		assertThat(page).contains("<h1>Inventaire des équipements en 2024</h1>")
			.containsPattern("name=\"LAPTOP\" value=\"120\"")
			.containsPattern("name=\"TABLET\" value=\"0\"")
			.contains("Base Empreinte via Boavizta")
			.contains("Conditions de la Base Empreinte");
		Pages.assertSober(page);
	}

	@Test
	void theInventoryIsSavedWithoutTheEmptyCategories() {
		api.answers("PUT " + BASE + "/inventories/2024", """
				{"year": 2024, "units": {"LAPTOP": 130}, "version": 3}""");

		URI next = Pages.sendAndFollow(camille(), INVENTORY, Map.of("year", "2024", "LAPTOP", "130", "TABLET", "0",
				"SERVER", ""));

		assertThat(next.toString()).isEqualTo(INVENTORY + "?annee=2024&enregistre");
		assertThat(api.last("PUT " + BASE + "/inventories/2024").body()).isEqualTo("{\"units\":{\"LAPTOP\":130}}");
	}

	@Test
	void aNegativeCountIsExplained() {
		String page = Pages.send(camille(), INVENTORY, Map.of("year", "2024", "LAPTOP", "-3"), HttpStatus.BAD_REQUEST);

		assertThat(page).contains("Saisissez un nombre entier, 0 ou plus.");
		assertThat(api.last("PUT " + BASE + "/inventories/2024")).isNull();
	}

	/** Camille, with time for a first page while other builds share the CPU. */
	private WebTestClient camille() {
		return this.web.mutate().responseTimeout(Duration.ofSeconds(30)).build().mutateWith(TestKeycloak.camille());
	}

}
