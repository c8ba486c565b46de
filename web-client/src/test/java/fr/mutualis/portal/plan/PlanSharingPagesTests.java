package fr.mutualis.portal.plan;

import static fr.mutualis.portal.plan.PlanJson.ACTION_ID;
import static fr.mutualis.portal.plan.PlanJson.PLAN;
import static fr.mutualis.portal.plan.PlanJson.PLANS_PATH;
import static fr.mutualis.portal.plan.PlanJson.PLAN_ID;
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

@PortalWebFluxTest({ NetworkController.class, AdoptionController.class, PlanImportController.class })

class PlanSharingPagesTests {

	static final FakeApi api = new FakeApi();

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
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void theNetworkViewPassesItsFiltersAndLinksToTheNextPage() {
		api.answers("GET /api/v1/plans", ApiJson.page("c2VxdWVs", PLAN.replace("DRAFT", "PUBLISHED")));

		String page = Pages.open(camille(), "/plans?theme=PROCUREMENT&kind=REGION&region=53&bogus=1", HttpStatus.OK);

		assertThat(api.last("GET /api/v1/plans").uri()).isEqualTo("/api/v1/plans?theme=PROCUREMENT&kind=REGION&region=53");
		assertThat(page).contains("<title>Plans du réseau – Mutualis</title>", ">Plan Numérique responsable 2021-2023</a>")
			.contains("<option value=\"PROCUREMENT\" selected=\"selected\">Achats</option>")
			.contains("href=\"/plans?theme=PROCUREMENT&amp;kind=REGION&amp;region=53&amp;cursor=c2VxdWVs\" rel=\"next\"");
		Pages.assertSober(page);
	}

	@Test
	void anUnknownFilterValueIsIgnoredRatherThanSent() {
		api.answers("GET /api/v1/plans", ApiJson.page(null));

		Pages.open(camille(), "/plans?theme=%3Cscript%3E", HttpStatus.OK);

		assertThat(api.last("GET /api/v1/plans").uri()).isEqualTo("/api/v1/plans");
	}

	@Test
	void adoptingSendsTheSourceActionToTheChosenPlanThenOpensIt() {
		api.answers("POST " + PLANS_PATH + "/" + PLAN_ID + "/adoptions", 201, PlanJson.ACTION, "ETag", "\"0\"");

		URI next = Pages.sendAndFollow(camille(), "/plans/adoptions", Map.of("target", "region-bretagne/" + PLAN_ID,
				"sourceActionId", ACTION_ID, "back", "/collectivites/rennes-metropole/plans/x"));

		assertThat(next).hasToString("/collectivites/region-bretagne/plans/" + PLAN_ID + "?adoptee");
		assertThat(api.last("POST " + PLANS_PATH + "/" + PLAN_ID + "/adoptions").body())
			.isEqualTo("{\"sourceActionId\":\"" + ACTION_ID + "\"}");
	}

	@Test
	void aViewerCannotAdoptIntoTheirAuthoritysPlans() {
		Pages.send(camille(), "/plans/adoptions", Map.of("target", "ville-de-quimper/" + PLAN_ID, "sourceActionId",
				ACTION_ID, "back", "/plans"), HttpStatus.FORBIDDEN);

		assertThat(api.received()).noneMatch((request) -> request.path().endsWith("/adoptions"));
	}

	@Test
	void aFileWithErrorsIsListedLineByLineAndNothingIsImported() {
		api.answers("POST " + PLANS_PATH + "/import-preview", """
				{"actions": [{"title": "X", "theme": null, "status": null, "progress": 150}],
				 "errors": [{"line": 2, "field": "theme", "message": "unknown theme \\"Inconnu\\""},
				            {"line": 2, "field": "progress", "message": "progress goes from 0 to 100"}]}
				""");

		String page = Pages.send(camille(), "/collectivites/region-bretagne/plans/import",
				Map.of("title", "Plan importé", "startYear", "2025", "endYear", "2027", "csv", "Titre;Thème\nX;Inconnu",
						"confirm", "oui"), HttpStatus.BAD_REQUEST);

		assertThat(page).contains("2 erreur(s) dans le fichier : rien n’a été importé")
			.containsPattern("<td class=\"number\">2</td>\\s*<td>Thème</td><td>unknown theme &quot;Inconnu&quot;</td>")
			.doesNotContain("Importer ce plan");
		assertThat(api.last("POST " + PLANS_PATH)).isNull();
		Pages.assertSober(page);
	}

	@Test
	void aCleanFileIsPreviewedThenImportedOnConfirmation() {
		api.answers("POST " + PLANS_PATH + "/import-preview", """
				{"actions": [{"title": "Former les agents", "theme": "TRAINING_AWARENESS", "status": "IN_PROGRESS", "progress": 40}],
				 "errors": []}
				""");
		Map<String, String> form = Map.of("title", "Plan importé", "startYear", "2025", "endYear", "2027", "csv",
				"Titre;Thème\nFormer les agents;Formation et sensibilisation");

		String preview = Pages.send(camille(), "/collectivites/region-bretagne/plans/import", form, HttpStatus.OK);
		assertThat(preview).contains("1 action(s) prête(s) à être importée(s)", "<td>Formation et sensibilisation</td>",
				"<input type=\"hidden\" name=\"confirm\" value=\"oui\">");
		assertThat(api.last("POST " + PLANS_PATH)).isNull();

		api.answers("POST " + PLANS_PATH, 201, PLAN);
		Map<String, String> confirmed = new java.util.HashMap<>(form);
		confirmed.put("confirm", "oui");
		URI next = Pages.sendAndFollow(camille(), "/collectivites/region-bretagne/plans/import", confirmed);

		assertThat(next).hasToString("/collectivites/region-bretagne/plans/" + PLAN_ID + "?importe");
		FakeApi.Received sent = api.last("POST " + PLANS_PATH);
		assertThat(sent.uri()).contains("title=Plan%20import%C3%A9", "startYear=2025", "endYear=2027");
		assertThat(sent.header("Content-Type")).startsWith("text/csv");
		assertThat(sent.body()).isEqualTo("Titre;Thème\nFormer les agents;Formation et sensibilisation");
	}

	private WebTestClient camille() {
		return this.web.mutateWith(TestKeycloak.camille());
	}

}
