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

@PortalWebFluxTest({ PartnersController.class, PartnerRegistrationController.class })
@Import(ReuseApi.class)
class PartnersControllerTests {

	static final FakeApi api = new FakeApi();

	static final String PARTNER = "/partenaires/0190c3a2-cccc-7000-8000-000000000001";

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
	}

	@BeforeEach
	void aDirectoryOfOnePartner() {
		api.reset();
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);
		api.answers("GET /api/v1/partners", ApiJson.page(null, ReuseJson.PARTNER));
		api.answers("GET /api/v1/partners/0190c3a2-cccc-7000-8000-000000000001", ReuseJson.PROFILE);
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void theDirectoryPassesTheSearchToTheApi() {
		String page = Pages.open(camille(), "/partenaires?departement=29&service=REFURBISHMENT&categorie=LAPTOP",
				HttpStatus.OK);

		assertThat(api.last("GET /api/v1/partners").uri())
			.endsWith("?department=29&service=REFURBISHMENT&category=LAPTOP");
		assertThat(page).contains(">Ordi Solidaire Finistère</a>", "<td>Association</td>", "4,5 / 5 (2 avis)")
			.doesNotContain("Inscrire un partenaire");
		Pages.assertSober(page);
	}

	@Test
	void aProfileShowsTheReviewsAndTheFormOfTheCurrentAuthority() {
		String page = Pages.open(camille(), PARTNER, HttpStatus.OK);

		assertThat(page).contains("<h1>Ordi Solidaire Finistère</h1>", "Ville de Quimper", "4 sur 5", "Collecte rapide")
			.contains("action=\"" + PARTNER + "/avis\"");
		Pages.assertSober(page);
	}

	@Test
	void theReviewGoesToTheApiForTheCurrentAuthority() {
		api.answers("POST /api/v1/authorities/region-bretagne/partners/0190c3a2-cccc-7000-8000-000000000001/reviews",
				"{\"authority\": \"region-bretagne\", \"authorityName\": \"Région Bretagne\", \"rating\": 5,"
						+ " \"comment\": \"Très bien\", \"author\": \"Camille Martin\", \"updatedAt\": \"2026-11-29T10:00:00Z\"}");

		assertThat(Pages.sendAndFollow(camille(), PARTNER + "/avis", Map.of("rating", "5", "comment", "Très bien")))
			.hasToString(PARTNER + "?avis=enregistre");
		assertThat(api.last("POST /api/v1/authorities/region-bretagne/partners/0190c3a2-cccc-7000-8000-000000000001/reviews")
			.body()).contains("\"rating\":5", "\"comment\":\"Très bien\"");
	}

	@Test
	void onlyTheOperatorRegistersAPartnerAndSeesItsSecretsOnce() {
		Pages.open(camille(), "/partenaires/nouveau", HttpStatus.FORBIDDEN);

		api.answers("GET /api/v1/me", ApiJson.ME_OPERATOR);
		api.answers("POST /api/v1/partners", 201, "{\"partner\": " + ReuseJson.PARTNER
				+ ", \"clientId\": \"partner-demo\", \"clientSecret\": \"s3cr3t-once\", \"webhookSecret\": \"whsec_abc\"}");
		String form = Pages.open(operator(), "/partenaires/nouveau", HttpStatus.OK);
		assertThat(form).contains("name=\"siret\"", "name=\"services\"", "name=\"departments\"");
		Pages.assertSober(form);

		String done = Pages.send(operator(), "/partenaires/nouveau", Map.of("name", "Ordi Solidaire Finistère",
				"siret", "732 829 320 00074", "kind", "ASSOCIATION", "services", "COLLECTION", "categories", "LAPTOP",
				"departments", "29, 22"), HttpStatus.OK);
		assertThat(done).contains("s3cr3t-once", "whsec_abc", "ne seront plus jamais affichés");
		assertThat(api.last("POST /api/v1/partners").body()).contains("\"siret\":\"73282932000074\"",
				"\"departments\":[\"29\",\"22\"]", "\"services\":[\"COLLECTION\"]");
	}

	private WebTestClient camille() {
		return this.web.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build().mutateWith(TestKeycloak.camille());
	}

	private WebTestClient operator() {
		return this.web.mutate().responseTimeout(java.time.Duration.ofSeconds(30)).build().mutateWith(TestKeycloak.camille());
	}

}
