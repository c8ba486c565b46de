package fr.mutualis.portal.audit;

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
import org.springframework.http.HttpStatus;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@PortalWebFluxTest(AuditLogController.class)
class AuditLogControllerTests {

	static final FakeApi api = new FakeApi();

	static final String PAGE = "/collectivites/region-bretagne/journal";

	static final String INVITED = """
			{"id": "0190c3a2-bbbb-7000-8000-000000000002", "occurredAt": "2026-11-29T09:42:00Z",
			 "actorId": "0190c3a2-7d1e-7aa0-9c1b-3f5e2d4c6b7a", "actorName": "Camille Martin", "action": "member.invited",
			 "targetType": "invitation", "targetId": "0190c3a2-aaaa-7000-8000-000000000001", "requestId": "3f2a9c1e-12",
			 "details": {"email": "nolwenn.riou@bretagne.bzh", "role": "EDITOR"}}
			""";

	static final String CHANGED = """
			{"id": "0190c3a2-bbbb-7000-8000-000000000001", "occurredAt": "2026-07-14T22:05:00Z",
			 "actorId": "0190c3a2-7d1e-7aa0-9c1b-3f5e2d4c6b7a", "actorName": "Camille Martin", "action": "authority.renamed",
			 "targetType": "authority", "targetId": "region-bretagne", "requestId": "77aa01bb-3", "details": {}}
			""";

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
	}

	@BeforeEach
	void brittanyHasALog() {
		api.reset();
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);
		api.answers("GET /api/v1/authorities/region-bretagne", ApiJson.BRETAGNE);
		api.answers("GET /api/v1/authorities/region-bretagne/audit", ApiJson.page("a2", INVITED, CHANGED));
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void showsTheLogNewestFirstWithFrenchDatesInTheTimeOfFrance() {
		String page = Pages.open(camille(), PAGE, HttpStatus.OK);

		assertThat(page).contains("<title>Journal – Région Bretagne – Mutualis</title>")
			.contains("<caption id=\"journal-tableau\">Les modifications, de la plus récente à la plus ancienne</caption>")
			.contains("<th scope=\"col\">Date</th>", "<th scope=\"col\">Qui</th>", "<th scope=\"col\">Action</th>",
					"<th scope=\"col\">Sur quoi</th>", "<th scope=\"col\">Référence de la requête</th>")
			.containsPattern("(?s)<time datetime=\"2026-11-29T09:42:00Z\">29/11/2026 à 10:42</time>.*"
					+ "<time datetime=\"2026-07-14T22:05:00Z\">15/07/2026 à 00:05</time>")
			.containsPattern("<td>Camille Martin</td>\\s*<td>Invitation envoyée</td>")
			.contains("<td>authority.renamed</td>")
			.contains("<code>3f2a9c1e-12</code>")
			.contains("<a href=\"/collectivites/region-bretagne/journal?cursor=a2\" rel=\"next\">Plus anciennes</a>");
		Pages.assertSober(page);
	}

	@Test
	void theNextPageAsksTheApiForItAndLinksBackToTheNewest() {
		api.answers("GET /api/v1/authorities/region-bretagne/audit", ApiJson.page(null, CHANGED));

		String page = Pages.open(camille(), PAGE + "?cursor=a2", HttpStatus.OK);

		assertThat(api.last("GET /api/v1/authorities/region-bretagne/audit").uri()).endsWith("/audit?cursor=a2");
		assertThat(page).contains("<a href=\"/collectivites/region-bretagne/journal\">Les plus récentes</a>")
			.doesNotContain("Plus anciennes");
	}

	@Test
	void showsEnglishDatesInEnglish() {
		String page = Pages.open(camille(), PAGE, HttpStatus.OK, "en");

		assertThat(page).contains(">29 Nov 2026, 10:42</time>").contains("<td>Invitation sent</td>");
	}

	@Test
	void aViewerGetsTheForbiddenPageAsTheApiRefuses() {
		api.answers("GET /api/v1/me", ApiJson.ME_VIEWER);
		api.refuses("GET /api/v1/authorities/region-bretagne/audit", 403, "forbidden", "");

		assertThat(Pages.open(camille(), PAGE, HttpStatus.FORBIDDEN)).contains("Accès refusé").doesNotContain("3f2a9c1e-12");
	}

	private WebTestClient camille() {
		return this.web.mutateWith(TestKeycloak.camille());
	}

}
