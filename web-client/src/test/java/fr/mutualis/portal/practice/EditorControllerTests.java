package fr.mutualis.portal.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@PortalWebFluxTest(EditorController.class)
class EditorControllerTests {

	static final FakeApi api = new FakeApi();

	static final String NEW = "/collectivites/region-bretagne/bonnes-pratiques/nouvelle";

	static final String API = "/api/v1/authorities/region-bretagne/practices";

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
		properties.add("mutualis.portal.api-timeout", () -> "30s");
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
	void anEditorGetsAnEmptyFormAndAViewerIsRefused() {
		String page = Pages.open(camille(), NEW, HttpStatus.OK);
		assertThat(page).contains("<h1>Nouvelle bonne pratique</h1>", "name=\"title\"", "value=\"apercu\"")
			.contains("<option value=\"PROCUREMENT\">Achats responsables</option>");
		Pages.assertSober(page);

		api.answers("GET /api/v1/me", ApiJson.ME_VIEWER);
		Pages.open(camille(), NEW, HttpStatus.FORBIDDEN);
		Pages.send(camille(), NEW, form("enregistrer"), HttpStatus.FORBIDDEN);
		assertThat(api.last("POST " + API)).isNull();
	}

	@Test
	void thePreviewShowsTheSanitisedHtmlAndSavesNothing() {
		api.answers("POST /api/v1/practice-previews", "{\"bodyHtml\": \"<h2>Étapes</h2><p>Un quota</p>\"}");

		String page = Pages.send(camille(), NEW, form("apercu"), HttpStatus.OK);

		assertThat(page).contains("Aperçu (rien n’est encore enregistré)", "<h2>Étapes</h2><p>Un quota</p>")
			.contains("value=\"Imprimer moins\"");
		assertThat(api.last("POST " + API)).isNull();
	}

	@Test
	void savingCreatesTheDraftWithListsSplitThenOpensItsEditor() {
		api.answers("POST " + API, 201, PracticeApiJson.PRACTICE, "ETag", "\"0\"");

		assertThat(Pages.sendAndFollow(camille(), NEW, form("enregistrer")))
			.hasToString("/collectivites/region-bretagne/bonnes-pratiques/" + PracticeApiJson.ID + "/modifier?enregistree");
		assertThat(api.last("POST " + API).body()).isEqualTo("{\"title\":\"Imprimer moins\",\"summary\":\"Un quota.\","
				+ "\"body\":\"## Étapes\",\"theme\":\"PROCUREMENT\",\"tags\":[\"impression\",\"achats\"],"
				+ "\"effort\":\"LOW\",\"cost\":\"MEDIUM\",\"impact\":\"HIGH\","
				+ "\"indicators\":[\"PAGES_PER_AGENT\",\"AGENTS_PER_PRINTER\"],\"visibility\":\"NETWORK\","
				+ "\"status\":\"DRAFT\"}");
	}

	@Test
	void aStaleChangeKeepsTheTextAndTakesTheCurrentVersion() {
		String edit = "/collectivites/region-bretagne/bonnes-pratiques/" + PracticeApiJson.ID + "/modifier";
		api.answers("GET " + API + "/" + PracticeApiJson.ID, 200, PracticeApiJson.PRACTICE, "ETag", "\"5\"");
		api.refuses("PATCH " + API + "/" + PracticeApiJson.ID, 412, "precondition-failed", "");
		Map<String, String> changes = form("enregistrer");
		changes.put("version", "\"2\"");
		changes.put("title", "Mon titre à moi");

		String page = Pages.send(camille(), edit, changes, HttpStatus.CONFLICT);

		assertThat(page).contains("Quelqu’un a modifié cette bonne pratique", "value=\"Mon titre à moi\"")
			.contains("name=\"version\" value=\"&quot;5&quot;\"");
		assertThat(api.last("PATCH " + API + "/" + PracticeApiJson.ID).header(HttpHeaders.IF_MATCH)).isEqualTo("\"2\"");
	}

	@Test
	void theApisFieldErrorsAreExplained() {
		api.answers("POST " + API, 400, """
				{"type": "urn:mutualis:problem:invalid-input", "title": "Invalid input", "status": 400,
				 "errors": [{"field": "indicators[0]", "message": "must be an indicator code"}]}""");

		String page = Pages.send(camille(), NEW, form("enregistrer"), HttpStatus.BAD_REQUEST);

		assertThat(page).contains("Un code d’indicateur s’écrit en majuscules, par exemple PAGES_PER_AGENT.");
	}

	private static Map<String, String> form(String action) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", "Imprimer moins");
		form.put("summary", "Un quota.");
		form.put("body", "## Étapes");
		form.put("theme", "PROCUREMENT");
		form.put("tags", "impression, achats");
		form.put("effort", "LOW");
		form.put("cost", "MEDIUM");
		form.put("impact", "HIGH");
		form.put("indicators", "PAGES_PER_AGENT AGENTS_PER_PRINTER");
		form.put("visibility", "NETWORK");
		form.put("status", "DRAFT");
		form.put("action", action);
		return form;
	}

	private WebTestClient camille() {
		// The first page of a class renders templates for the first time: slow on a CPU shared by several builds.
		return this.web.mutate().responseTimeout(Duration.ofSeconds(30)).build().mutateWith(TestKeycloak.camille());
	}

}
