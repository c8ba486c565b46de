package fr.mutualis.portal.reuse;

import static org.assertj.core.api.Assertions.assertThat;

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

@PortalWebFluxTest({ LotsController.class, PurchasesController.class })
@Import(ReuseApi.class)
class LotsControllerTests {

	static final FakeApi api = new FakeApi();

	static final String LOTS = "/collectivites/region-bretagne/lots";

	static final String LOT_ID = "0190c3a2-dddd-7000-8000-000000000001";

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
	}

	@BeforeEach
	void brittanyHasALot() {
		api.reset();
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);
		api.answers("GET /api/v1/authorities/region-bretagne", ApiJson.BRETAGNE);
		api.answers("GET /api/v1/authorities/region-bretagne/lots", ApiJson.page(null, ReuseJson.lot("CLAIMED")));
		api.answers("GET /api/v1/authorities/region-bretagne/lots/" + LOT_ID, "{\"lot\": " + ReuseJson.lot("CLAIMED")
				+ ", \"timeline\": [{\"status\": \"DECLARED\", \"actor\": \"Anne Le Gall\", \"occurredAt\": \"2025-11-15T10:00:00Z\"},"
				+ "{\"status\": \"CLAIMED\", \"actor\": \"Ordi Solidaire Finistère\", \"occurredAt\": \"2026-01-10T10:00:00Z\"}]}");
		api.answers("GET /api/v1/partners/0190c3a2-cccc-7000-8000-000000000001", ReuseJson.PROFILE);
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void listsTheLotsWithTheDeclarationForm() {
		String page = Pages.open(camille(), LOTS, HttpStatus.OK);

		assertThat(page).contains("<title>Lots de matériel – Région Bretagne – Mutualis</title>")
			.contains("Ordinateur portable</a>", "<td class=\"number\">120</td>", "<td>Réservé</td>",
					"<td>Ordi Solidaire Finistère</td>")
			.contains("<form class=\"form\" method=\"post\" action=\"/collectivites/region-bretagne/lots\"");
		Pages.assertSober(page);
	}

	@Test
	void aRefusedDeclarationKeepsWhatWasTypedAndNamesTheField() {
		api.refuses("POST /api/v1/authorities/region-bretagne/lots", 400, "invalid-input",
				",\"errors\":[{\"field\":\"quantity\",\"message\":\"must be greater than or equal to 1\"}]");

		String page = Pages.send(camille(), LOTS, Map.of("category", "LAPTOP", "quantity", "0",
				"averageAgeYears", "4", "departmentCode", "29", "destination", "EXTERNAL_REUSE"), HttpStatus.BAD_REQUEST);

		assertThat(page).contains("Indiquez un nombre d’unités entre 1 et 100 000.").contains("value=\"0\"");
		assertThat(api.last("POST /api/v1/authorities/region-bretagne/lots").body()).contains("\"quantity\":0");
	}

	@Test
	void aLotShowsItsTimelineItsMovesAndItsTransferAgreement() {
		String page = Pages.open(camille(), LOTS + "/" + LOT_ID, HttpStatus.OK);

		assertThat(page).contains("<h1>120 × Ordinateur portable</h1>")
			.contains("Confirmer la collecte", "Annuler le lot")
			.doesNotContain("Proposer aux partenaires")
			.contains("par Ordi Solidaire Finistère")
			.contains("href=\"/collectivites/region-bretagne/lots/" + LOT_ID + "/convention\"");
		Pages.assertSober(page);

		String agreement = Pages.open(camille(), LOTS + "/" + LOT_ID + "/convention", HttpStatus.OK);
		assertThat(agreement).contains("Région Bretagne (SIREN 233500016)")
			.contains("Ordi Solidaire Finistère (SIRET 73282932000074)")
			.contains("120 unités de la catégorie « Ordinateur portable »");
	}

	@Test
	void wordsWhereNumbersAreExpectedAreNamedWithoutAskingTheApi() {
		String page = Pages.send(camille(), LOTS, Map.of("category", "LAPTOP", "quantity", "beaucoup",
				"averageAgeYears", "5,5", "departmentCode", "29"), HttpStatus.BAD_REQUEST);

		assertThat(page).contains("Indiquez un nombre d’unités entre 1 et 100 000.").contains("value=\"beaucoup\"")
			.contains("aria-invalid=\"true\"");
		assertThat(api.last("POST /api/v1/authorities/region-bretagne/lots")).isNull();
	}

	@Test
	void aMoveIsAFormPostAndALostRaceIsExplained() {
		api.answers("POST /api/v1/authorities/region-bretagne/lots/" + LOT_ID + "/collection", ReuseJson.lot("COLLECTED"));
		assertThat(Pages.sendAndFollow(camille(), LOTS + "/" + LOT_ID + "/collection", Map.of()))
			.hasToString(LOTS + "/" + LOT_ID);

		api.refuses("POST /api/v1/authorities/region-bretagne/lots/" + LOT_ID + "/cancellation", 409, "lot-conflict",
				",\"currentStatus\":\"COLLECTED\"");
		assertThat(Pages.sendAndFollow(camille(), LOTS + "/" + LOT_ID + "/cancellation", Map.of()))
			.hasToString(LOTS + "/" + LOT_ID + "?conflit=1");
		assertThat(Pages.open(camille(), LOTS + "/" + LOT_ID + "?conflit=1", HttpStatus.OK))
			.contains("Ce lot a changé d’étape entre-temps");
	}

	@Test
	void theLedgerOfPurchasesByYear() {
		api.answers("GET /api/v1/authorities/region-bretagne/purchases", """
				{"items": [{"id": "p1", "year": 2026, "category": "LAPTOP", "quantity": 40, "amount": 12000.00,
				 "fromReuse": true, "recycledContent": false, "supplier": "Ordi Solidaire"}], "nextCursor": null}""");

		String page = Pages.open(camille(), "/collectivites/region-bretagne/achats?annee=2026", HttpStatus.OK);

		assertThat(page).contains("<h1>Achats de matériel en 2026</h1>").contains("<td>Ordi Solidaire</td>");
		assertThat(api.last("GET /api/v1/authorities/region-bretagne/purchases").uri()).endsWith("?year=2026");
		Pages.assertSober(page);
	}

	@Test
	void anOfferedLotForInternalRedeploymentSuggestsStandardServices() {
		String lot = ReuseJson.lot("OFFERED").replace("EXTERNAL_REUSE", "INTERNAL_REDEPLOYMENT");
		api.answers("GET /api/v1/authorities/region-bretagne/lots/" + LOT_ID, "{\"lot\": " + lot + ", \"timeline\": []}");
		api.answers("GET /api/v1/authorities/region-bretagne/lots/" + LOT_ID + "/suggestions", """
				{"items": [{"id": "s1", "name": "Lycées – prêt aux élèves", "tier": "STANDARD", "agents": 40,
				 "needs": ["LAPTOP"]}], "nextCursor": null}""");
		api.answers("POST /api/v1/authorities/region-bretagne/lots/" + LOT_ID + "/assignment", ReuseJson.lot("CLAIMED"));

		String page = Pages.open(camille(), LOTS + "/" + LOT_ID, HttpStatus.OK);
		assertThat(page).contains("Lycées – prêt aux élèves (40 agents)", "Attribuer à ce service");
		Pages.assertSober(page);

		assertThat(Pages.sendAndFollow(camille(), LOTS + "/" + LOT_ID + "/attribution", Map.of("serviceId", "s1")))
			.hasToString(LOTS + "/" + LOT_ID);
		assertThat(api.last("POST /api/v1/authorities/region-bretagne/lots/" + LOT_ID + "/assignment").body())
			.contains("\"serviceId\":\"s1\"");
	}

	@Test
	void aNonMemberGetsTheNotFoundPage() {
		api.refuses("GET /api/v1/authorities/region-bretagne/lots", 404, "not-found", "");

		assertThat(Pages.open(camille(), LOTS, HttpStatus.NOT_FOUND)).doesNotContain("Ordi Solidaire");
	}

	private WebTestClient camille() {
		return this.web.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build().mutateWith(TestKeycloak.camille());
	}

}
