package fr.mutualis.portal.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
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
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Campaigns, their creation by administrators, results with charts, and the question banks. */
@PortalWebFluxTest({ CampaignsController.class, ResultsController.class, QuestionBanksController.class })
class CampaignPagesTests {

	static final FakeApi api = new FakeApi();

	static final String PAGE = "/collectivites/region-bretagne/campagnes";

	static final String API = "/api/v1/authorities/region-bretagne/campaigns";

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
	}

	@BeforeEach
	void brittanyHasOneCampaign() {
		api.reset();
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);
		api.answers("GET /api/v1/authorities/region-bretagne", ApiJson.BRETAGNE);
		api.answers("GET " + API, ApiJson.page(null, QuestionnaireJson.CAMPAIGN));
		api.answers("GET /api/v1/questionnaires", ApiJson.page(null, QuestionnaireJson.BANK));
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void anAdministratorSeesTheCampaignsWithTheLinkToShareAndTheForm() {
		String page = Pages.open(camille(), PAGE, HttpStatus.OK);

		assertThat(page).contains("<title>Campagnes – Région Bretagne – Mutualis</title>")
			.contains("<th scope=\"row\">Numérique responsable : les bases</th>")
			.contains("du 02/11/2026 au 01/12/2026")
			.contains(">http://localhost:8080/repondre/" + QuestionnaireJson.TOKEN + "</a>")
			.contains("href=\"/collectivites/region-bretagne/campagnes/0190d000-0000-7000-8000-0000000000c1/resultats\"")
			.contains("<h2 id=\"nouvelle-campagne\">Lancer une campagne</h2>")
			.contains("<option value=\"0190d000-0000-7000-8000-000000000001\">Numérique responsable : les bases</option>")
			.containsPattern("<input class=\"input\" type=\"date\" id=\"questionnaires.campaign-opensAt\" name=\"opensAt\"");
		Pages.assertSober(page.replace("http://localhost:8080/repondre/", "/repondre/"));
	}

	@Test
	void aViewerSeesTheCampaignsButNoForm() {
		api.answers("GET /api/v1/me", ApiJson.ME_VIEWER);

		assertThat(Pages.open(camille(), PAGE, HttpStatus.OK)).contains("Numérique responsable : les bases")
			.doesNotContain("Lancer une campagne");
	}

	@Test
	void someoneWhoIsNotAMemberGetsTheNotFoundPage() {
		api.refuses("GET " + API, 404, "not-found", "");

		Pages.open(camille(), PAGE, HttpStatus.NOT_FOUND);
	}

	@Test
	void createsACampaignFromWholeDaysInTheTimeOfFrance() {
		api.answers("POST " + API, 201, QuestionnaireJson.CAMPAIGN);

		URI next = Pages.sendAndFollow(camille(), PAGE, Map.of("questionnaireId", "0190d000-0000-7000-8000-000000000001",
				"audience", "ELECTED", "opensAt", "2027-01-15", "closesAt", "2027-02-05"));

		assertThat(next).hasToString(PAGE + "?creee");
		assertThat(api.last("POST " + API).body()).isEqualTo("{\"questionnaireId\":\"0190d000-0000-7000-8000-000000000001\","
				+ "\"audience\":\"ELECTED\",\"opensAt\":\"2027-01-14T23:00:00Z\",\"closesAt\":\"2027-02-05T23:00:00Z\"}");
	}

	@Test
	void aMissingDateIsExplainedNextToItsFieldWithoutAskingTheApi() {
		String page = Pages.send(camille(), PAGE, Map.of("questionnaireId", "0190d000-0000-7000-8000-000000000001",
				"audience", "AGENTS", "opensAt", "", "closesAt", "2027-02-05"), HttpStatus.BAD_REQUEST);

		assertThat(page).contains("<a href=\"#questionnaires.campaign-opensAt\">Indiquez une date, par exemple 15/01/2027.</a>");
		assertThat(api.last("POST " + API)).isNull();
	}

	@Test
	void datesInTheWrongOrderAreExplainedNextToTheLastDay() {
		api.refuses("POST " + API, 400, "invalid-input",
				",\"errors\":[{\"field\":\"closesAt\",\"message\":\"The closing date must come after the opening date.\"}]");

		String page = Pages.send(camille(), PAGE, Map.of("questionnaireId", "0190d000-0000-7000-8000-000000000001",
				"audience", "AGENTS", "opensAt", "2027-02-05", "closesAt", "2027-01-05"), HttpStatus.BAD_REQUEST);

		assertThat(page).contains("<a href=\"#questionnaires.campaign-closesAt\">Le dernier jour doit venir après le premier jour.</a>")
			.contains("value=\"2027-02-05\"");
	}

	@Test
	void aViewerWhoSendsTheFormAnywayGetsTheForbiddenPage() {
		api.refuses("POST " + API, 403, "forbidden", "");

		Pages.send(camille(), PAGE, Map.of("questionnaireId", "0190d000-0000-7000-8000-000000000001", "audience", "AGENTS",
				"opensAt", "2027-01-05", "closesAt", "2027-02-05"), HttpStatus.FORBIDDEN);
	}

	@Test
	void resultsShowTheChartsAndTheirTables() {
		api.answers("GET " + API + "/0190d000-0000-7000-8000-0000000000c1/results", QuestionnaireJson.RESULTS);

		String page = Pages.open(camille(), PAGE + "/0190d000-0000-7000-8000-0000000000c1/resultats", HttpStatus.OK);

		assertThat(page).contains("12 réponses").contains("Score moyen : 62,5 sur 100")
			.contains("<svg class=\"chart\" role=\"img\" aria-labelledby=\"graphique-themes\"")
			.containsPattern("<rect x=\"240\" y=\"8\" width=\"210\" height=\"20\"")
			.containsPattern("<th scope=\"row\">Réemploi</th>\\s*<td>3</td>\\s*<td>70,0 %</td>")
			.containsPattern("<th scope=\"row\">Campagne close le 02/12/2025</th>\\s*<td>48,0 %</td>")
			.containsPattern("<th scope=\"row\">Médiane du réseau</th>\\s*<td>55,0 %</td>")
			.contains("PIX_NR_COMPLETED");
		Pages.assertSober(page.replace("http://www.w3.org/2000/svg", ""));
	}

	@Test
	void belowFiveAnswersTheResultsSayWhyThereIsNoFigure() {
		api.answers("GET " + API + "/0190d000-0000-7000-8000-0000000000c1/results", QuestionnaireJson.NOT_ENOUGH);

		String page = Pages.open(camille(), PAGE + "/0190d000-0000-7000-8000-0000000000c1/resultats", HttpStatus.OK);

		assertThat(page).contains("Pas encore assez de réponses pour afficher des résultats")
			.doesNotContain("<svg").doesNotContain("Score moyen");
	}

	@Test
	void theBanksShowTheQuestionsWithTheirExplanations() {
		api.answers("GET /api/v1/questionnaires/0190d000-0000-7000-8000-000000000001", """
				{"id": "0190d000-0000-7000-8000-000000000001", "title": "Les bases", "description": "", "version": 0,
				 "questions": [{"id": "q1", "position": 1, "kind": "SINGLE", "text": "Quel taux ?",
				   "explanation": "Le décret fixe 50 %.", "theme": "Réemploi", "source": "Décret n° 2023-266",
				   "choices": [{"id": "c1", "label": "25 %", "correct": false}, {"id": "c2", "label": "50 %", "correct": true}]}]}
				""");

		assertThat(Pages.open(camille(), "/questionnaires", HttpStatus.OK))
			.contains("href=\"/questionnaires/0190d000-0000-7000-8000-000000000001\"");
		assertThat(Pages.open(camille(), "/questionnaires/0190d000-0000-7000-8000-000000000001", HttpStatus.OK))
			.containsPattern("50 %\\s*<strong>\\(bonne réponse\\)</strong>").contains("Le décret fixe 50 %.");
	}

	@Test
	void theResultsNeedASignIn() {
		this.web.get().uri(PAGE + "/0190d000-0000-7000-8000-0000000000c1/resultats").exchange()
			.expectStatus().is3xxRedirection();
	}

	private WebTestClient camille() {
		return this.web.mutateWith(TestKeycloak.camille());
	}

}
