package fr.mutualis.portal.authority;

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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@PortalWebFluxTest(AuthorityChangeController.class)
class AuthorityChangeControllerTests {

	static final FakeApi api = new FakeApi();

	static final String FORM = "/collectivites/region-bretagne/modifier";

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
		api.answers("GET /api/v1/authorities/region-bretagne", 200, ApiJson.BRETAGNE, "ETag", "\"3\"");
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void theAdministratorGetsTheFormWithTheCurrentValuesTheVersionAndTheCsrfToken() {
		String page = Pages.open(camille(), FORM, HttpStatus.OK);

		assertThat(page).contains("<title>Modifier Région Bretagne – Mutualis</title>")
			.containsPattern("<form class=\"form\" method=\"post\" action=\"/collectivites/region-bretagne/modifier\" novalidate>"
					+ "<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"")
			.contains("<input type=\"hidden\" name=\"version\" value=\"&quot;3&quot;\">")
			.contains("<legend>Identité</legend>", "<legend>Territoire</legend>")
			.containsPattern("<label class=\"field__label\" for=\"authority-name\">Nom\\s*</label>")
			.contains("id=\"authority-name\" name=\"name\" value=\"Région Bretagne\"")
			.contains("<option value=\"53\" selected=\"selected\">Bretagne</option>")
			.contains("id=\"authority-population\" name=\"population\" value=\"3453023\"")
			.containsPattern("name=\"emailDomains\"[^>]*>bretagne.bzh\\s+region-bretagne.fr</textarea>")
			.doesNotContain("name=\"siren\"", "name=\"slug\"", "error-summary");
		Pages.assertSober(page);
	}

	@Test
	void aViewerIsRefusedTheFormAndCannotSendIt() {
		api.answers("GET /api/v1/me", ApiJson.ME_VIEWER);

		assertThat(Pages.open(camille(), FORM, HttpStatus.FORBIDDEN)).contains("<title>Accès refusé – Mutualis</title>");
		Pages.send(camille(), FORM, changes(), HttpStatus.FORBIDDEN);
		assertThat(api.last("PATCH /api/v1/authorities/region-bretagne")).isNull();
	}

	@Test
	void sendsAMergePatchWithIfMatchOfTheVersionShownThenShowsTheProfile() {
		api.answers("PATCH /api/v1/authorities/region-bretagne", 200, ApiJson.BRETAGNE, "ETag", "\"4\"");

		URI next = Pages.sendAndFollow(camille(), FORM, changes());

		assertThat(next).hasToString("/collectivites/region-bretagne?modifie");
		FakeApi.Received patch = api.last("PATCH /api/v1/authorities/region-bretagne");
		assertThat(patch.header(HttpHeaders.IF_MATCH)).isEqualTo("\"3\"");
		assertThat(patch.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/merge-patch+json");
		assertThat(patch.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer access-token");
		assertThat(patch.body()).isEqualTo("{\"name\":\"Région Bretagne\",\"inseeCode\":null,\"population\":3500000,"
				+ "\"agents\":4000,\"regionCode\":\"53\",\"departmentCode\":null,\"parent\":null,"
				+ "\"emailDomains\":[\"bretagne.bzh\",\"region-bretagne.fr\"]}");
	}

	@Test
	void theApisFieldErrorsAppearNextToTheirFieldsAndInASummaryThatLinksToThem() {
		api.answers("PATCH /api/v1/authorities/region-bretagne", 400, """
				{"type": "urn:mutualis:problem:invalid-input", "title": "Invalid input", "status": 400,
				 "detail": "2 field(s) are not valid.",
				 "errors": [{"field": "departmentCode", "message": "must match \\"^([0-9]{2}|2A|2B|97[1-6])$\\""},
				            {"field": "emailDomains[1]", "message": "must be a domain"}]}
				""");
		Map<String, String> changes = changes();
		changes.put("departmentCode", "299");
		changes.put("emailDomains", "bretagne.bzh, @bretagne");

		String page = Pages.send(camille(), FORM, changes, HttpStatus.BAD_REQUEST);

		assertThat(page).containsPattern("<div class=\"error-summary\" role=\"alert\"\\s+aria-labelledby=\"erreurs-titre\">")
			.contains("<h2 class=\"error-summary__title\" id=\"erreurs-titre\">Votre demande n’a pas été enregistrée</h2>")
			.contains("<a href=\"#authority-departmentCode\">Le code du département compte 2 chiffres")
			.contains("<a href=\"#authority-emailDomains\">Chaque domaine s’écrit")
			.containsPattern("<p class=\"field-error\" id=\"authority-departmentCode-erreur\">\\s*"
					+ "<span class=\"visually-hidden\">Erreur :</span>\\s*Le code du département compte 2 chiffres")
			.containsPattern("id=\"authority-departmentCode\" name=\"departmentCode\" value=\"299\"\\s+"
					+ "aria-describedby=\"authority-departmentCode-aide authority-departmentCode-erreur\"\\s+aria-invalid=\"true\"")
			.contains(">bretagne.bzh, @bretagne</textarea>")
			.contains("id=\"authority-agents\" name=\"agents\" value=\"4 000\"")
			.doesNotContain("must match", "must be a domain");
		Pages.assertSober(page);
	}

	@Test
	void aNumberThatIsNotOneIsExplainedWithoutAskingTheApi() {
		Map<String, String> changes = changes();
		changes.put("population", "beaucoup");

		String page = Pages.send(camille(), FORM, changes, HttpStatus.BAD_REQUEST);

		assertThat(page).contains("<a href=\"#authority-population\">Saisissez un nombre entier, positif ou nul")
			.contains("value=\"beaucoup\"");
		assertThat(api.last("PATCH /api/v1/authorities/region-bretagne")).isNull();
	}

	@Test
	void whenSomeoneElseChangedItMeanwhileTheFormKeepsTheInputBesideTheCurrentValues() {
		api.answers("PATCH /api/v1/authorities/region-bretagne", 412,
				"{\"type\":\"urn:mutualis:problem:precondition-failed\",\"title\":\"Precondition Failed\",\"status\":412}");
		api.answers("GET /api/v1/authorities/region-bretagne", 200,
				ApiJson.BRETAGNE.replace("\"Région Bretagne\"", "\"Région Bretagne (Breizh)\"").replace("\"version\": 3", "\"version\": 4"),
				"ETag", "\"4\"");
		Map<String, String> changes = changes();
		changes.put("name", "Conseil régional de Bretagne");

		String page = Pages.send(camille(), FORM, changes, HttpStatus.CONFLICT);

		assertThat(page).contains("<h2 id=\"conflit-titre\">Quelqu’un a modifié cette collectivité pendant que vous la modifiiez</h2>")
			.contains("<caption id=\"conflit-tableau\">Valeurs actuelles et votre saisie</caption>")
			.containsPattern("<th scope=\"row\">Nom</th><td>Région Bretagne \\(Breizh\\)</td><td>Conseil régional de Bretagne</td>")
			.containsPattern("<th scope=\"row\">Population</th><td>3453023</td><td>3 500 000</td>")
			.contains("id=\"authority-name\" name=\"name\" value=\"Conseil régional de Bretagne\"")
			.contains("<input type=\"hidden\" name=\"version\" value=\"&quot;4&quot;\">")
			.contains("Quelqu’un a modifié cette collectivité pendant que vous la modifiiez : vos modifications ne sont pas enregistrées.");
		Pages.assertSober(page);
	}

	@Test
	void aRefusalOfTheApiIsTheForbiddenPage() {
		api.answers("PATCH /api/v1/authorities/region-bretagne", 403,
				"{\"type\":\"urn:mutualis:problem:forbidden\",\"title\":\"Forbidden\",\"status\":403}");

		assertThat(Pages.send(camille(), FORM, changes(), HttpStatus.FORBIDDEN)).contains("Accès refusé");
	}

	@Test
	void aFormWithoutItsVersionIsRefused() {
		Map<String, String> changes = changes();
		changes.remove("version");

		Pages.send(camille(), FORM, changes, HttpStatus.BAD_REQUEST);
		assertThat(api.last("PATCH /api/v1/authorities/region-bretagne")).isNull();
	}

	private static Map<String, String> changes() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("version", "\"3\"");
		form.put("name", "Région Bretagne");
		form.put("inseeCode", "");
		form.put("regionCode", "53");
		form.put("departmentCode", "");
		form.put("parent", "");
		form.put("population", "3 500 000");
		form.put("agents", "4 000");
		form.put("emailDomains", "bretagne.bzh\r\nRegion-Bretagne.fr");
		return form;
	}

	private WebTestClient camille() {
		return this.web.mutateWith(TestKeycloak.camille());
	}

}
