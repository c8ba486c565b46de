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
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@PortalWebFluxTest(AuthorityCreationController.class)
class AuthorityCreationControllerTests {

	static final FakeApi api = new FakeApi();

	static final String FORM = "/collectivites/nouvelle";

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
	}

	@BeforeEach
	void camilleRunsThePlatform() {
		api.reset();
		api.answers("GET /api/v1/me", ApiJson.ME_OPERATOR);
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void theOperatorGetsAnEmptyFormWithEveryFieldOfTheApi() {
		String page = Pages.open(camille(), FORM, HttpStatus.OK);

		assertThat(page).contains("<title>Nouvelle collectivité – Mutualis</title>")
			.containsPattern("action=\"/collectivites/nouvelle\" novalidate><input type=\"hidden\" name=\"_csrf\"")
			.contains("name=\"slug\"", "name=\"name\"", "name=\"siren\"", "name=\"inseeCode\"", "name=\"regionCode\"",
					"name=\"departmentCode\"", "name=\"parent\"", "name=\"population\"", "name=\"agents\"",
					"name=\"emailDomains\"")
			.contains("<option value=\"\">Choisissez un type</option>")
			.contains("<option value=\"EPCI\">Intercommunalité (EPCI)</option>")
			.containsPattern("<label class=\"field__label\" for=\"authority-inseeCode\">Code INSEE\\s*"
					+ "<span class=\"field__optional\">\\(facultatif\\)</span></label>")
			.contains("aria-describedby=\"authority-siren-aide\"")
			.doesNotContain("name=\"version\"");
		Pages.assertSober(page);
	}

	@Test
	void anAdministratorWhoDoesNotRunThePlatformIsRefused() {
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);

		assertThat(Pages.open(camille(), FORM, HttpStatus.FORBIDDEN)).contains("Accès refusé");
		Pages.send(camille(), FORM, quimper(), HttpStatus.FORBIDDEN);
		assertThat(api.last("POST /api/v1/authorities")).isNull();
	}

	@Test
	void createsTheAuthorityWithEveryFieldThenShowsItsProfile() {
		api.answers("POST /api/v1/authorities", 201, ApiJson.QUIMPER, "Location", "/api/v1/authorities/ville-de-quimper",
				"ETag", "\"0\"");

		URI next = Pages.sendAndFollow(camille(), FORM, quimper());

		assertThat(next).hasToString("/collectivites/ville-de-quimper?cree");
		assertThat(api.last("POST /api/v1/authorities").body()).isEqualTo("{\"slug\":\"ville-de-quimper\","
				+ "\"name\":\"Ville de Quimper\",\"kind\":\"COMMUNE\",\"siren\":\"212902324\",\"inseeCode\":\"29232\","
				+ "\"population\":63400,\"agents\":1100,\"regionCode\":\"53\",\"departmentCode\":\"29\","
				+ "\"parent\":\"region-bretagne\",\"emailDomains\":[\"quimper.bzh\",\"ville-quimper.fr\"]}");
	}

	@Test
	void aConflictOnTheSirenIsShownNextToTheSirenWithEverythingTyped() {
		api.refuses("POST /api/v1/authorities", 409, "conflict", ",\"field\":\"siren\"");

		String page = Pages.send(camille(), FORM, quimper(), HttpStatus.CONFLICT);

		assertThat(page).contains("<a href=\"#authority-siren\">Une autre collectivité a déjà ce SIREN sur Mutualis.</a>")
			.contains("id=\"authority-siren-erreur\"")
			.contains("value=\"212 902 324\"", "value=\"ville-de-quimper\"", "value=\"63 400\"")
			.contains("<option value=\"COMMUNE\" selected=\"selected\">Commune</option>")
			.contains(">quimper.bzh, Ville-Quimper.fr\nquimper.bzh</textarea>");
		Pages.assertSober(page);
	}

	@Test
	void aConflictOnADomainNamedByKeycloakIsShownNextToTheDomains() {
		api.refuses("POST /api/v1/authorities", 409, "conflict", ",\"field\":\"domains\"");

		String page = Pages.send(camille(), FORM, quimper(), HttpStatus.CONFLICT);

		assertThat(page).contains("<a href=\"#authority-emailDomains\">Un de ces domaines appartient déjà à une autre collectivité.</a>");
	}

	@Test
	void everyInvalidFieldIsListedInTheOrderOfTheForm() {
		api.answers("POST /api/v1/authorities", 400, """
				{"type": "urn:mutualis:problem:invalid-input", "title": "Invalid input", "status": 400,
				 "errors": [{"field": "siren", "message": "not a valid SIREN"},
				            {"field": "slug", "message": "must match"},
				            {"field": "kind", "message": "must not be null"},
				            {"field": "unexpected", "message": "is odd"}]}
				""");

		String page = Pages.send(camille(), FORM, quimper(), HttpStatus.BAD_REQUEST);

		assertThat(page).containsPattern("(?s)#authority-slug.*#authority-kind.*#authority-siren.*La valeur « unexpected » n’est pas acceptée \\(is odd\\)");
	}

	@Test
	void whenKeycloakIsUnreachableTheFormSaysToTryAgainInAMomentAndKeepsEverything() {
		api.answers("POST /api/v1/authorities", 503, """
				{"type": "urn:mutualis:problem:identity-provider-unavailable", "title": "Service Unavailable", "status": 503}
				""", "Retry-After", "30");

		String page = Pages.send(camille(), FORM, quimper(), HttpStatus.SERVICE_UNAVAILABLE);

		assertThat(page).contains("Keycloak, le service de connexion de Mutualis, est injoignable : rien n’a été enregistré. "
				+ "Réessayez dans un instant, votre saisie est conservée.")
			.contains("value=\"ville-de-quimper\"", "value=\"Ville de Quimper\"");
	}

	private static Map<String, String> quimper() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("slug", "ville-de-quimper");
		form.put("name", "Ville de Quimper");
		form.put("kind", "COMMUNE");
		form.put("siren", "212 902 324");
		form.put("inseeCode", "29232");
		form.put("regionCode", "53");
		form.put("departmentCode", "29");
		form.put("parent", "region-bretagne");
		form.put("population", "63 400");
		form.put("agents", "1100");
		form.put("emailDomains", "quimper.bzh, Ville-Quimper.fr\nquimper.bzh");
		return form;
	}

	private WebTestClient camille() {
		return this.web.mutateWith(TestKeycloak.camille());
	}

}
