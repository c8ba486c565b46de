package fr.mutualis.portal.membership;

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

@PortalWebFluxTest({ MembersController.class, InvitationsController.class })
class MembersControllerTests {

	static final FakeApi api = new FakeApi();

	static final String PAGE = "/collectivites/region-bretagne/membres";

	static final String ANNE = """
			{"userId": "5b1f0c7e-0d6a-4f6e-9a51-1c2d3e4f5a6b", "name": "Anne Le Gall", "email": "admin.bretagne@bretagne.bzh",
			 "role": "ADMIN", "since": "2026-03-12T09:30:00Z"}
			""";

	static final String YANN = """
			{"userId": "7c2e1d8f-1e7b-4a7f-8b62-2d3e4f5a6b7c", "name": "Yann Morvan", "email": "viewer.bretagne@bretagne.bzh",
			 "role": "VIEWER", "since": "2026-04-01T08:00:00Z"}
			""";

	static final String PENDING = """
			{"id": "0190c3a2-aaaa-7000-8000-000000000001", "email": "nolwenn.riou@bretagne.bzh", "role": "EDITOR",
			 "status": "PENDING", "invitedAt": "2026-11-28T15:00:00Z"}
			""";

	static final String ACCEPTED = """
			{"id": "0190c3a2-aaaa-7000-8000-000000000002", "email": "old@bretagne.bzh", "role": "VIEWER",
			 "status": "ACCEPTED", "invitedAt": "2026-01-02T15:00:00Z"}
			""";

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
	}

	@BeforeEach
	void brittanyHasTwoMembersAndOnePendingInvitation() {
		api.reset();
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);
		api.answers("GET /api/v1/authorities/region-bretagne", ApiJson.BRETAGNE);
		api.answers("GET /api/v1/authorities/region-bretagne/members", ApiJson.page("m2", ANNE, YANN));
		api.answers("GET /api/v1/authorities/region-bretagne/invitations", ApiJson.page(null, PENDING, ACCEPTED));
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void anAdministratorSeesTheMembersTheirRolesAndPendingInvitationsWithAFormForEachAction() {
		String page = Pages.open(camille(), PAGE, HttpStatus.OK);

		assertThat(page).contains("<title>Membres – Région Bretagne – Mutualis</title>")
			.contains("<h1>Les membres de Région Bretagne</h1>")
			.contains("<caption id=\"membres-tableau\">Les membres de la collectivité, leur rôle et depuis quand</caption>")
			.containsPattern("<th scope=\"row\">Anne Le Gall</th>\\s*<td>admin.bretagne@bretagne.bzh</td>\\s*<td>Administrateur</td>")
			.contains("<time datetime=\"2026-03-12T09:30:00Z\">12/03/2026</time>")
			.contains("action=\"/collectivites/region-bretagne/membres/7c2e1d8f-1e7b-4a7f-8b62-2d3e4f5a6b7c/role\"")
			.containsPattern("<label class=\"visually-hidden\" for=\"role-1\">Rôle de Yann Morvan</label>")
			.containsPattern("<option value=\"VIEWER\"\\s+selected=\"selected\">Lecteur</option>")
			.containsPattern("Changer le rôle</button>|Changer le rôle<span")
			.contains("action=\"/collectivites/region-bretagne/membres/7c2e1d8f-1e7b-4a7f-8b62-2d3e4f5a6b7c/retirer\"")
			.contains("<a href=\"/collectivites/region-bretagne/membres?cursor=m2\" rel=\"next\">Page suivante</a>")
			.containsPattern("<th scope=\"row\">nolwenn.riou@bretagne.bzh</th>\\s*<td>Rédacteur</td>")
			.contains("action=\"/collectivites/region-bretagne/invitations/0190c3a2-aaaa-7000-8000-000000000001/revoquer\"")
			.doesNotContain("old@bretagne.bzh")
			.containsPattern("action=\"/collectivites/region-bretagne/invitations\"\\s+novalidate>")
			.contains("<legend class=\"field__label\">Rôle</legend>")
			.contains("<input type=\"radio\" name=\"role\" value=\"VIEWER\" id=\"invitation-role-VIEWER\" checked=\"checked\">")
			.contains("Changer le rôle<span\n                      class=\"visually-hidden\"> de Yann Morvan</span></button>");
		assertThat(api.last("GET /api/v1/authorities/region-bretagne/invitations").uri()).endsWith("?limit=200");
		Pages.assertSober(page);
	}

	@Test
	void aViewerGetsTheForbiddenPageAsTheApiRefuses() {
		api.answers("GET /api/v1/me", ApiJson.ME_VIEWER);
		api.refuses("GET /api/v1/authorities/region-bretagne/members", 403, "forbidden", "");

		String page = Pages.open(camille(), PAGE, HttpStatus.FORBIDDEN);

		assertThat(page).contains("<title>Accès refusé – Mutualis</title>").doesNotContain("Anne Le Gall");
	}

	@Test
	void someoneWhoIsNotAMemberGetsTheNotFoundPage() {
		api.refuses("GET /api/v1/authorities/region-bretagne/members", 404, "not-found", "");

		assertThat(Pages.open(camille(), PAGE, HttpStatus.NOT_FOUND)).contains("Page introuvable");
	}

	@Test
	void changesARoleThenSaysSo() {
		api.answers("PUT /api/v1/authorities/region-bretagne/members/7c2e1d8f-1e7b-4a7f-8b62-2d3e4f5a6b7c",
				YANN.replace("VIEWER", "EDITOR"));

		URI next = Pages.sendAndFollow(camille(), PAGE + "/7c2e1d8f-1e7b-4a7f-8b62-2d3e4f5a6b7c/role", Map.of("role", "EDITOR"));

		assertThat(next).hasToString(PAGE + "?role-modifie");
		assertThat(api.last("PUT /api/v1/authorities/region-bretagne/members/7c2e1d8f-1e7b-4a7f-8b62-2d3e4f5a6b7c").body())
			.isEqualTo("{\"role\":\"EDITOR\"}");
		assertThat(Pages.open(camille(), next.toString(), HttpStatus.OK)).contains("Le rôle est modifié.");
	}

	@Test
	void demotingTheLastAdministratorIsExplained() {
		api.refuses("PUT /api/v1/authorities/region-bretagne/members/5b1f0c7e-0d6a-4f6e-9a51-1c2d3e4f5a6b", 409, "last-admin", "");

		String page = Pages.send(camille(), PAGE + "/5b1f0c7e-0d6a-4f6e-9a51-1c2d3e4f5a6b/role", Map.of("role", "VIEWER"),
				HttpStatus.CONFLICT);

		assertThat(page).contains("Impossible : une collectivité garde toujours au moins un administrateur. "
				+ "Nommez d’abord un autre administrateur.")
			.contains("Anne Le Gall");
		Pages.assertSober(page);
	}

	@Test
	void removalAsksForConfirmationOnAPageThenRemoves() {
		String confirmation = Pages.open(camille(), PAGE + "/7c2e1d8f-1e7b-4a7f-8b62-2d3e4f5a6b7c/retirer", HttpStatus.OK);

		assertThat(confirmation).contains("<h1>Retirer Yann Morvan de Région Bretagne ?</h1>")
			.containsPattern("<form class=\"form-actions\" method=\"post\"\\s+"
					+ "action=\"/collectivites/region-bretagne/membres/7c2e1d8f-1e7b-4a7f-8b62-2d3e4f5a6b7c/retirer\">"
					+ "<input type=\"hidden\" name=\"_csrf\"")
			.contains("Oui, retirer cette personne")
			.contains("<a href=\"/collectivites/region-bretagne/membres\">Non, revenir aux membres</a>");
		Pages.assertSober(confirmation);
		assertThat(api.last("DELETE /api/v1/authorities/region-bretagne/members/7c2e1d8f-1e7b-4a7f-8b62-2d3e4f5a6b7c")).isNull();

		api.answers("DELETE /api/v1/authorities/region-bretagne/members/7c2e1d8f-1e7b-4a7f-8b62-2d3e4f5a6b7c", 204, "");
		URI next = Pages.sendAndFollow(camille(), PAGE + "/7c2e1d8f-1e7b-4a7f-8b62-2d3e4f5a6b7c/retirer", Map.of());

		assertThat(next).hasToString(PAGE + "?retire");
		assertThat(api.last("DELETE /api/v1/authorities/region-bretagne/members/7c2e1d8f-1e7b-4a7f-8b62-2d3e4f5a6b7c")).isNotNull();
	}

	@Test
	void theConfirmationOfAnUnknownMemberIsTheNotFoundPage() {
		api.answers("GET /api/v1/authorities/region-bretagne/members?limit=200", ApiJson.page("m2", ANNE));
		api.answers("GET /api/v1/authorities/region-bretagne/members?limit=200&cursor=m2", ApiJson.page(null, YANN));

		Pages.open(camille(), PAGE + "/nobody/retirer", HttpStatus.NOT_FOUND);
	}

	@Test
	void removingTheLastAdministratorIsExplained() {
		api.refuses("DELETE /api/v1/authorities/region-bretagne/members/5b1f0c7e-0d6a-4f6e-9a51-1c2d3e4f5a6b", 409, "last-admin", "");

		String page = Pages.send(camille(), PAGE + "/5b1f0c7e-0d6a-4f6e-9a51-1c2d3e4f5a6b/retirer", Map.of(), HttpStatus.CONFLICT);

		assertThat(page).contains("une collectivité garde toujours au moins un administrateur");
	}

	@Test
	void invitesSomeoneWithARole() {
		api.answers("POST /api/v1/authorities/region-bretagne/members", 201, PENDING, "Location",
				"/api/v1/authorities/region-bretagne/invitations/0190c3a2-aaaa-7000-8000-000000000001");

		URI next = Pages.sendAndFollow(camille(), "/collectivites/region-bretagne/invitations",
				Map.of("email", " nolwenn.riou@bretagne.bzh ", "role", "EDITOR"));

		assertThat(next).hasToString(PAGE + "?invitation");
		assertThat(api.last("POST /api/v1/authorities/region-bretagne/members").body())
			.isEqualTo("{\"email\":\"nolwenn.riou@bretagne.bzh\",\"role\":\"EDITOR\"}");
	}

	@Test
	void invitingAMemberAgainIsExplainedNextToTheAddress() {
		api.refuses("POST /api/v1/authorities/region-bretagne/members", 409, "conflict", ",\"field\":\"email\"");

		String page = Pages.send(camille(), "/collectivites/region-bretagne/invitations",
				Map.of("email", "admin.bretagne@bretagne.bzh", "role", "ADMIN"), HttpStatus.CONFLICT);

		assertThat(page).contains("<a href=\"#invitation-email\">Cette personne est déjà membre de la collectivité.</a>")
			.contains("id=\"invitation-email\" name=\"email\" value=\"admin.bretagne@bretagne.bzh\"")
			.contains("value=\"ADMIN\" id=\"invitation-role\" checked=\"checked\"");
	}

	@Test
	void invitingAMemberAgainIsExplainedEvenWithoutAField() {
		api.refuses("POST /api/v1/authorities/region-bretagne/members", 409, "already-member", "");

		String page = Pages.send(camille(), "/collectivites/region-bretagne/invitations",
				Map.of("email", "admin.bretagne@bretagne.bzh", "role", "ADMIN"), HttpStatus.CONFLICT);

		assertThat(page).contains("Cette personne est déjà membre de la collectivité.");
	}

	@Test
	void anInvalidAddressIsExplainedNextToIt() {
		api.answers("POST /api/v1/authorities/region-bretagne/members", 400, """
				{"type": "urn:mutualis:problem:invalid-input", "title": "Invalid input", "status": 400,
				 "errors": [{"field": "email", "message": "must be a well-formed email address"}]}
				""");

		String page = Pages.send(camille(), "/collectivites/region-bretagne/invitations",
				Map.of("email", "nolwenn", "role", "EDITOR"), HttpStatus.BAD_REQUEST);

		assertThat(page).contains("<a href=\"#invitation-email\">Saisissez une adresse électronique valide")
			.containsPattern("aria-describedby=\"invitation-email-aide invitation-email-erreur\"\\s+aria-invalid=\"true\"");
	}

	@Test
	void whenKeycloakCannotSendTheInvitationThePageSaysToTryAgain() {
		api.refuses("POST /api/v1/authorities/region-bretagne/members", 503, "identity-provider-unavailable", "");

		String page = Pages.send(camille(), "/collectivites/region-bretagne/invitations",
				Map.of("email", "nolwenn.riou@bretagne.bzh", "role", "EDITOR"), HttpStatus.SERVICE_UNAVAILABLE);

		assertThat(page).contains("Keycloak, le service de connexion de Mutualis, est injoignable")
			.contains("value=\"nolwenn.riou@bretagne.bzh\"");
	}

	@Test
	void revokesAPendingInvitation() {
		api.answers("DELETE /api/v1/authorities/region-bretagne/invitations/0190c3a2-aaaa-7000-8000-000000000001", 204, "");

		URI next = Pages.sendAndFollow(camille(),
				"/collectivites/region-bretagne/invitations/0190c3a2-aaaa-7000-8000-000000000001/revoquer", Map.of());

		assertThat(next).hasToString(PAGE + "?revoquee");
		assertThat(api.last("DELETE /api/v1/authorities/region-bretagne/invitations/0190c3a2-aaaa-7000-8000-000000000001"))
			.isNotNull();
	}

	@Test
	void aViewerWhoSendsTheFormAnywayGetsTheForbiddenPage() {
		api.answers("GET /api/v1/me", ApiJson.ME_VIEWER);
		api.refuses("POST /api/v1/authorities/region-bretagne/members", 403, "forbidden", "");

		Pages.send(camille(), "/collectivites/region-bretagne/invitations", Map.of("email", "x@bretagne.bzh", "role", "ADMIN"),
				HttpStatus.FORBIDDEN);
	}

	private WebTestClient camille() {
		return this.web.mutateWith(TestKeycloak.camille());
	}

}
