package fr.mutualis.portal.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

@PortalWebFluxTest({ PracticePageController.class, PracticeAdoptionController.class })
class PracticePageControllerTests {

	static final FakeApi api = new FakeApi();

	static final String PAGE = "/bonnes-pratiques/" + PracticeApiJson.ID;

	static final String API = "/api/v1/practices/" + PracticeApiJson.ID;

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
		properties.add("mutualis.portal.api-timeout", () -> "30s");
	}

	@BeforeEach
	void aPracticeOfRennes() {
		api.reset();
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);
		api.answers("GET " + API, PracticeApiJson.PRACTICE);
		api.answers("GET " + API + "/comments", PracticeApiJson.COMMENTS);
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void showsTheSanitisedBodyEndorsersCommentsAndWhatTheCurrentAuthorityMayDo() {
		String page = Pages.open(camille(), PAGE, HttpStatus.OK);

		assertThat(page).contains("<title>Réduire les impressions – Mutualis</title>")
			.contains("<p><strong>recto verso</strong></p>", "Soutenue par une collectivité", "Brest Métropole")
			.contains("<code>PAGES_PER_AGENT</code>", "Combien d&#39;imprimantes &lt;b&gt;par étage&lt;/b&gt; ?")
			.contains("Soutenir au nom de Région Bretagne", "Adopter dans un plan d’actions")
			.contains("Votre question ou commentaire (au nom de Région Bretagne)")
			.doesNotContain("Masquer ce commentaire", "id=\"adoptee-par\"");
		Pages.assertSober(page);
	}

	@Test
	void endorsingActsForTheCurrentAuthorityThenComesBack() {
		api.answers("POST " + API + "/endorsement", 201, "{\"endorsements\": 2}");

		assertThat(Pages.sendAndFollow(camille(), PAGE + "/soutien", Map.of())).hasToString(PAGE + "?soutenue");
		assertThat(api.last("POST " + API + "/endorsement").uri()).endsWith("?authority=region-bretagne");
		assertThat(Pages.open(camille(), PAGE + "?soutenue", HttpStatus.OK))
			.contains("Votre collectivité soutient maintenant cette bonne pratique.");
	}

	@Test
	void theAuthorOfThePracticeIsNotOfferedToEndorseIt() {
		api.answers("GET " + API, PracticeApiJson.PRACTICE.replace("\"slug\": \"rennes-metropole\"",
				"\"slug\": \"region-bretagne\""));

		assertThat(Pages.open(camille(), PAGE, HttpStatus.OK)).doesNotContain("Soutenir au nom de");
	}

	@Test
	void anEmptyCommentIsExplainedNextToItsField() {
		api.answers("POST " + API + "/comments", 400, """
				{"type": "urn:mutualis:problem:invalid-input", "title": "Invalid input", "status": 400,
				 "errors": [{"field": "body", "message": "must not be blank"}]}""");

		String page = Pages.send(camille(), PAGE + "/commentaires", Map.of("body", "  "), HttpStatus.BAD_REQUEST);

		assertThat(page).contains("Écrivez votre question ou commentaire (5 000 caractères au plus).")
			.contains("href=\"#practices.comment-body\"");
		assertThat(api.last("POST " + API + "/comments").uri()).endsWith("?authority=region-bretagne");
	}

	@Test
	void theOperatorHidesAComment() {
		api.answers("GET /api/v1/me", ApiJson.ME_OPERATOR);
		api.answers("PUT " + API + "/comments/0193a1b2-0000-7000-8000-0000000000c1/moderation", "{}");

		assertThat(Pages.open(camille(), PAGE, HttpStatus.OK)).contains("Masquer ce commentaire")
			.doesNotContain("Soutenir au nom de");
		assertThat(Pages.sendAndFollow(camille(), PAGE + "/commentaires/0193a1b2-0000-7000-8000-0000000000c1/moderation",
				Map.of("hidden", "true"))).hasToString(PAGE + "?masque");
		assertThat(api.last("PUT " + API + "/comments/0193a1b2-0000-7000-8000-0000000000c1/moderation").body())
			.isEqualTo("{\"hidden\":true}");
	}

	@Test
	void adoptingListsThePlansOfTheCurrentAuthorityAndPostsTheAdoption() {
		String plans = "/api/v1/authorities/region-bretagne/plans";
		api.answers("GET " + plans, PracticeApiJson.PLANS);
		api.answers("POST " + plans + "/0193a1b2-0000-7000-8000-0000000000p1/adoptions", 201, "{\"id\": \"a1\"}");

		String form = Pages.open(camille(), PAGE + "/adopter", HttpStatus.OK);
		assertThat(form).contains("Plan numérique responsable 2025-2027", "name=\"planId\"");
		Pages.assertSober(form);
		assertThat(Pages.send(camille(), PAGE + "/adopter", Map.of(), HttpStatus.BAD_REQUEST))
			.contains("Choisissez un plan d’actions.");

		assertThat(Pages.sendAndFollow(camille(), PAGE + "/adopter",
				Map.of("planId", "0193a1b2-0000-7000-8000-0000000000p1"))).hasToString(PAGE + "?adoptee");
		assertThat(api.last("POST " + plans + "/0193a1b2-0000-7000-8000-0000000000p1/adoptions").body())
			.isEqualTo("{\"practiceId\":\"" + PracticeApiJson.ID + "\"}");
	}

	@Test
	void aDraftOrAnotherAuthoritysPrivatePracticeIsNotFound() {
		api.reset();
		api.answers("GET /api/v1/me", ApiJson.ME_ADMIN);

		Pages.open(camille(), PAGE, HttpStatus.NOT_FOUND);
	}

	private WebTestClient camille() {
		// The first page of a class renders templates for the first time: slow on a CPU shared by several builds.
		return this.web.mutate().responseTimeout(Duration.ofSeconds(30)).build().mutateWith(TestKeycloak.camille());
	}

}
