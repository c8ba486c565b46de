package fr.mutualis.portal.authority;

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

@PortalWebFluxTest(AuthorityProfileController.class)
class AuthorityProfileControllerTests {

	static final FakeApi api = new FakeApi();

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
	}

	@BeforeEach
	void theApiKnowsTwoAuthorities() {
		api.reset();
		api.answers("GET /api/v1/authorities/region-bretagne", 200, ApiJson.BRETAGNE, "ETag", "\"3\"");
		api.answers("GET /api/v1/authorities/ville-de-quimper", 200, ApiJson.QUIMPER, "ETag", "\"7\"");
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void showsEveryFieldOfTheProfileWithALinkToTheParentAuthority() {
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);

		String page = Pages.open(camille(), "/collectivites/ville-de-quimper", HttpStatus.OK);

		assertThat(page).contains("<title>Ville de Quimper – Mutualis</title>")
			.contains("<h1>Ville de Quimper</h1>")
			.contains("<dd><code>ville-de-quimper</code></dd>")
			.contains("<dd>Commune</dd>")
			.contains("<dd>212902324</dd>")
			.contains("<dd>29232</dd>")
			.contains("<dd>Bretagne</dd>")
			.contains("<dd>29</dd>")
			.contains("<a href=\"/collectivites/region-bretagne\">Région Bretagne</a>")
			.containsPattern("<dd>63[\\u00a0\\u202f ]400 habitants</dd>")
			.containsPattern("<dd>1[\\u00a0\\u202f ]100 agents</dd>")
			.contains("<li><code>quimper.bzh</code></li>");
		Pages.assertSober(page);
	}

	@Test
	void itsAdministratorFindsTheLinksToEditItsMembersAndItsAuditLog() {
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);

		String page = Pages.open(camille(), "/collectivites/region-bretagne", HttpStatus.OK);

		assertThat(page).contains("href=\"/collectivites/region-bretagne/modifier\">Modifier le profil</a>")
			.contains("href=\"/collectivites/region-bretagne/membres\">Membres</a>")
			.contains("href=\"/collectivites/region-bretagne/journal\">Journal</a>")
			.contains("<dd>Non renseigné</dd>")
			.containsPattern("<dd>\\s*Aucune\\s*</dd>");
	}

	@Test
	void aViewerSeesTheProfileButNoLinkToManageIt() {
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);

		String page = Pages.open(camille(), "/collectivites/ville-de-quimper", HttpStatus.OK);

		assertThat(page).doesNotContain("/collectivites/ville-de-quimper/modifier", "/collectivites/ville-de-quimper/membres",
				"/collectivites/ville-de-quimper/journal");
	}

	@Test
	void thePlatformOperatorMayManageEveryAuthority() {
		api.answers("GET /api/v1/me", ApiJson.ME_OPERATOR);

		String page = Pages.open(camille(), "/collectivites/ville-de-quimper", HttpStatus.OK);

		assertThat(page).contains("href=\"/collectivites/ville-de-quimper/modifier\"")
			.contains("<a href=\"/collectivites/nouvelle\">Nouvelle collectivité</a>");
	}

	@Test
	void saysWhatJustHappened() {
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);

		assertThat(Pages.open(camille(), "/collectivites/region-bretagne?modifie", HttpStatus.OK))
			.contains("<p class=\"notice\" role=\"status\">Les modifications sont enregistrées.</p>");
		assertThat(Pages.open(camille(), "/collectivites/region-bretagne?cree", HttpStatus.OK))
			.contains("La collectivité est créée");
	}

	@Test
	void anAuthorityTheApiDoesNotKnowIsTheNotFoundPage() {
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);

		String page = Pages.open(camille(), "/collectivites/atlantide", HttpStatus.NOT_FOUND);

		assertThat(page).contains("<title>Page introuvable – Mutualis</title>");
	}

	@Test
	void theHeaderShowsTheCurrentAuthorityWithTheRoleAndTheSwitcher() {
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);

		String page = Pages.open(camille(), "/collectivites/region-bretagne", HttpStatus.OK);

		assertThat(page).contains("<nav class=\"section-nav\" aria-label=\"Menu principal\">")
			.contains("<a href=\"/collectivites\">Collectivités</a>")
			.contains("<a href=\"/collectivites/region-bretagne\">Ma collectivité</a>")
			.contains("<a href=\"/collectivites/region-bretagne/membres\">Membres</a>")
			.contains("<a href=\"/collectivites/region-bretagne/journal\">Journal</a>")
			.doesNotContain("Nouvelle collectivité")
			.containsPattern("<form class=\"authority-switcher\" method=\"get\" action=\"/collectivite-courante\">\\s*"
					+ "<label class=\"authority-switcher__label\" for=\"collectivite-courante\">Votre collectivité :</label>")
			.containsPattern("<option value=\"region-bretagne\"\\s+selected=\"selected\">Région Bretagne \\(administrateur\\)</option>")
			.contains("<option value=\"ville-de-quimper\">Ville de Quimper (lecteur)</option>")
			.contains("<button type=\"submit\" class=\"button button--small\">Changer</button>");
	}

	@Test
	void withOneAuthorityTheHeaderJustNamesIt() {
		api.answers("GET /api/v1/me", ApiJson.ME_VIEWER);

		String page = Pages.open(camille(), "/collectivites/region-bretagne", HttpStatus.OK);

		assertThat(page).containsPattern("Votre collectivité :</span>\\s*Région Bretagne \\(lecteur\\)")
			.doesNotContain("<select id=\"collectivite-courante\"")
			.doesNotContain("/membres", "/journal");
	}

	private WebTestClient camille() {
		return this.web.mutateWith(TestKeycloak.camille());
	}

}
