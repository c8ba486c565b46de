package fr.mutualis.portal.plan;

import static fr.mutualis.portal.plan.PlanJson.ACTION;
import static fr.mutualis.portal.plan.PlanJson.ACTION_ID;
import static fr.mutualis.portal.plan.PlanJson.ACTION_PATH;
import static fr.mutualis.portal.plan.PlanJson.PLAN;
import static fr.mutualis.portal.plan.PlanJson.PLANS_PATH;
import static fr.mutualis.portal.plan.PlanJson.PLAN_ID;
import static fr.mutualis.portal.plan.PlanJson.PLAN_PATH;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@PortalWebFluxTest({ PlanListController.class, PlanPageController.class, ActionFormController.class,
		ActionProgressController.class })

class PlanPagesTests {

	static final FakeApi api = new FakeApi();

	static final String PAGE = "/collectivites/region-bretagne/plans/" + PLAN_ID;

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
	}

	@BeforeEach
	void camilleAdministersBrittany() {
		api.reset();
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);
		api.answers("GET /api/v1/authorities/region-bretagne", ApiJson.BRETAGNE);
		api.answers("GET " + PLANS_PATH, ApiJson.page(null, PLAN));
		api.answers("GET /api/v1/authorities/ville-de-quimper/plans", ApiJson.page(null));
		api.answers("GET " + PLAN_PATH, 200, PLAN, "ETag", "\"7\"");
		api.answers("GET " + PLAN_PATH + "/actions", ApiJson.page(null, ACTION, PlanJson.SUB_ACTION, PlanJson.TRAINING));
		api.answers("GET " + PLAN_PATH + "/reen-coverage", PlanJson.COVERAGE);
		api.answers("GET " + ACTION_PATH, 200, ACTION, "ETag", "\"4\"");
		api.answers("GET " + ACTION_PATH + "/history", PlanJson.HISTORY);
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void theListShowsThePlansWithTheirProgressAndOffersEditorsANewPlan() {
		String page = Pages.open(camille(), "/collectivites/region-bretagne/plans", HttpStatus.OK);

		assertThat(page).contains("<title>Plans d’actions de Région Bretagne – Mutualis</title>")
			.contains(">Plan Numérique responsable 2021-2023</a>", "<td>2021–2023</td>", "<td>Brouillon</td>")
			.containsPattern("<progress max=\"100\" value=\"45\" aria-label=\"Avancement de « Plan Numérique responsable 2021-2023 »\">45 %</progress>")
			.contains("<h2 id=\"nouveau-plan\">Nouveau plan</h2>", "name=\"title\"", "name=\"_csrf\"");
		Pages.assertSober(page);
	}

	@Test
	void aViewerSeesThePlansButNoForm() {
		api.answers("GET /api/v1/me", ApiJson.ME_VIEWER);

		String page = Pages.open(camille(), "/collectivites/region-bretagne/plans", HttpStatus.OK);

		assertThat(page).contains(">Plan Numérique responsable 2021-2023</a>").doesNotContain("Nouveau plan");
		Pages.send(camille(), "/collectivites/region-bretagne/plans", Map.of("title", "Plan", "startYear", "2025",
				"endYear", "2027"), HttpStatus.FORBIDDEN);
		assertThat(api.last("POST " + PLANS_PATH)).isNull();
	}

	@Test
	void creatingAPlanSendsItsJsonThenOpensIt() {
		api.answers("POST " + PLANS_PATH, 201, PLAN, "ETag", "\"0\"");

		URI next = Pages.sendAndFollow(camille(), "/collectivites/region-bretagne/plans",
				Map.of("title", " Plan 2025 ", "startYear", "2025", "endYear", "2027"));

		assertThat(next).hasToString(PAGE);
		assertThat(api.last("POST " + PLANS_PATH).body()).isEqualTo("{\"title\":\"Plan 2025\",\"startYear\":2025,\"endYear\":2027}");
	}

	@Test
	void aWrongYearIsExplainedNextToItsFieldWithoutAskingTheApi() {
		String page = Pages.send(camille(), "/collectivites/region-bretagne/plans",
				Map.of("title", "Plan", "startYear", "deux mille", "endYear", "2027"), HttpStatus.BAD_REQUEST);

		assertThat(page).contains("<a href=\"#plans.plan-startYear\">Indiquez la première année sur 4 chiffres")
			.contains("value=\"deux mille\"");
		assertThat(api.last("POST " + PLANS_PATH)).isNull();
	}

	@Test
	void thePlanPageGroupsActionsByThemeWithSubActionsProgressAdoptersAndTheReenChecklist() {
		String page = Pages.open(camille(), PAGE, HttpStatus.OK);

		assertThat(page).contains("<h1>Plan Numérique responsable 2021-2023</h1>")
			.contains("<h3 id=\"theme-PROCUREMENT\">Achats</h3>", "<h3 id=\"theme-TRAINING_AWARENESS\">Formation et sensibilisation</h3>")
			.containsPattern("(?s)theme-PROCUREMENT.*Repenser l’achat des mobiles professionnels.*Acheter des mobiles reconditionnés.*theme-TRAINING_AWARENESS")
			.contains("<progress max=\"100\" value=\"70\"", "Adoptée par 1 collectivité(s)", ">Rennes Métropole</a>")
			.contains("Adoptée depuis le plan de rennes-metropole.")
			.contains("<legend>Publier le plan</legend>", "Version imprimable", "Exporter en CSV")
			.contains("1 thème(s) sur 6", "aucun indicateur avec une cible", "Source : Loi n° 2021-1485 (REEN) art. 35.")
			.contains("hx-post=\"" + PAGE + "/actions/" + ACTION_ID + "/avancement\"")
			.contains("<input type=\"hidden\" name=\"version\" value=\"&quot;4&quot;\">")
			.doesNotContain("class=\"notice\"");
		Pages.assertSober(page);
		assertThat(Pages.open(camille(), PAGE + "?publie", HttpStatus.OK)).contains("Le plan est publié")
			.doesNotContain("L’action est ajoutée");
	}

	@Test
	void theFiltersKeepOneThemeOnly() {
		String page = Pages.open(camille(), PAGE + "?theme=TRAINING_AWARENESS", HttpStatus.OK);

		assertThat(page).contains("Former les agents et les élus").doesNotContain("theme-PROCUREMENT")
			.contains("<option value=\"TRAINING_AWARENESS\" selected=\"selected\">");
	}

	@Test
	void thePrintableViewListsEveryActionForTheCouncil() {
		String page = Pages.open(camille(), PAGE + "/impression", HttpStatus.OK);

		assertThat(page).contains("Région Bretagne, 2021–2023 : avancement 45 %, 3 action(s).")
			.contains("<th scope=\"row\">— Acheter des mobiles reconditionnés</th>")
			.doesNotContain("<form class=\"inline-controls\"");
		Pages.assertSober(page);
	}

	@Test
	void anActionsFieldErrorsFromTheApiAppearNextToTheirFields() {
		api.refuses("POST " + PLAN_PATH + "/actions", 400, "invalid-input",
				",\"errors\":[{\"field\":\"dueDate\",\"message\":\"dueDate must not be before startDate\"}]");

		String page = Pages.send(camille(), PAGE + "/actions/nouvelle", action(), HttpStatus.BAD_REQUEST);

		assertThat(page).contains("<a href=\"#plans.action-dueDate\">L’échéance ne peut pas précéder le début.</a>")
			.contains("value=\"Mesurer l’empreinte\"").doesNotContain("must not be before");
		Pages.assertSober(page);
	}

	@Test
	void aNewActionIsSentAsJsonWithItsIndicators() {
		api.answers("POST " + PLAN_PATH + "/actions", 201, ACTION, "ETag", "\"0\"");

		URI next = Pages.sendAndFollow(camille(), PAGE + "/actions/nouvelle", action());

		assertThat(next).hasToString(PAGE + "?ajoutee");
		assertThat(api.last("POST " + PLAN_PATH + "/actions").body()).contains("\"title\":\"Mesurer l’empreinte\"",
				"\"theme\":\"MEASUREMENT\"", "\"budget\":1500.5", "\"progress\":10",
				"\"indicators\":[{\"code\":\"EMBODIED_CO2_PER_AGENT\",\"target\":150,\"targetYear\":2026}]");
	}

	@Test
	void whenSomeoneElseChangedTheActionTheFormKeepsTheInputBesideTheCurrentValues() {
		api.answers("PATCH " + ACTION_PATH, 412,
				"{\"type\":\"urn:mutualis:problem:precondition-failed\",\"title\":\"Precondition Failed\",\"status\":412}");
		Map<String, String> form = action();
		form.put("version", "\"3\"");

		String page = Pages.send(camille(), PAGE + "/actions/" + ACTION_ID, form, HttpStatus.CONFLICT);

		assertThat(page).contains("Quelqu’un a modifié cette action pendant que vous la modifiiez</h2>")
			.containsPattern("<th scope=\"row\">Titre</th><td>Repenser l’achat des mobiles professionnels</td><td>Mesurer l’empreinte</td>")
			.contains("<input type=\"hidden\" name=\"version\" value=\"&quot;4&quot;\">")
			.contains("value=\"Mesurer l’empreinte\"");
		assertThat(api.last("PATCH " + ACTION_PATH).header(HttpHeaders.IF_MATCH)).isEqualTo("\"3\"");
		Pages.assertSober(page);
	}

	@Test
	void theActionPageShowsItsHistory() {
		String page = Pages.open(camille(), PAGE + "/actions/" + ACTION_ID, HttpStatus.OK);

		assertThat(page).contains("Historique de l’action", "Camille Martin : modification",
				"Avancement (%) : « 20 » → « 40 »");
	}

	@Test
	void withHtmxAnInlineProgressChangeRedrawsTheRowOnly() {
		api.answers("PATCH " + ACTION_PATH, 200, ACTION.replace("\"progress\": 40", "\"progress\": 55"), "ETag", "\"5\"");

		String row = this.web.mutateWith(TestKeycloak.camille())
			.mutateWith(org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf())
			.post().uri(PAGE + "/actions/" + ACTION_ID + "/avancement")
			.header("HX-Request", "true").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.bodyValue("progress=55&version=%224%22").exchange()
			.expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

		assertThat(row).startsWith("<div class=\"plan-action__row\" id=\"action-" + ACTION_ID + "\">")
			.contains("value=\"55\"").doesNotContain("<html");
		assertThat(api.last("PATCH " + ACTION_PATH).body()).isEqualTo("{\"progress\":55}");
	}

	@Test
	void withoutJavaScriptAStaleProgressShowsBothValuesOnAPage() {
		api.answers("PATCH " + ACTION_PATH, 412,
				"{\"type\":\"urn:mutualis:problem:precondition-failed\",\"title\":\"Precondition Failed\",\"status\":412}");

		String page = Pages.send(camille(), PAGE + "/actions/" + ACTION_ID + "/avancement",
				Map.of("progress", "90", "version", "\"3\""), HttpStatus.CONFLICT);

		assertThat(page).contains("Avancement actuel : 40 %. Votre saisie : 90 %.").contains("value=\"90\"");
		Pages.assertSober(page);
	}

	@Test
	void publishingSendsTheVisibilityChosen() {
		api.answers("POST " + PLAN_PATH + "/publication", 200, PLAN.replace("DRAFT", "PUBLISHED"), "ETag", "\"8\"");

		URI next = Pages.sendAndFollow(camille(), PAGE + "/publication", Map.of("visibility", "PUBLIC"));

		assertThat(next).hasToString(PAGE + "?publie");
		assertThat(api.last("POST " + PLAN_PATH + "/publication").body()).isEqualTo("{\"visibility\":\"PUBLIC\"}");
	}

	@Test
	void thePagesSpeakEnglishToo() {
		String page = Pages.open(camille(), PAGE, HttpStatus.OK, "en");

		assertThat(page).contains("<h3 id=\"theme-PROCUREMENT\">Procurement</h3>", "REEN strategy coverage");
	}

	private static Map<String, String> action() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", "Mesurer l’empreinte");
		form.put("theme", "MEASUREMENT");
		form.put("description", "");
		form.put("status", "PLANNED");
		form.put("priority", "MEDIUM");
		form.put("startDate", "2025-01-01");
		form.put("dueDate", "2024-12-31");
		form.put("budget", "1 500,50");
		form.put("progress", "10");
		form.put("indicators", "embodied_co2_per_agent;150;2026");
		return form;
	}

	private WebTestClient camille() {
		return this.web.mutateWith(TestKeycloak.camille());
	}

}
