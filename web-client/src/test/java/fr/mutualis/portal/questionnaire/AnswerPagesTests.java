package fr.mutualis.portal.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import fr.mutualis.portal.shared.FakeApi;
import fr.mutualis.portal.shared.Pages;
import fr.mutualis.portal.shared.PortalWebFluxTest;
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
import org.springframework.web.reactive.function.BodyInserters;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;

/** The anonymous answer pages: no sign-in, CSRF kept, one random browser token, explanations after sending. */
@PortalWebFluxTest(AnswerController.class)
class AnswerPagesTests {

	static final FakeApi api = new FakeApi();

	static final String PAGE = "/repondre/" + QuestionnaireJson.TOKEN;

	static final String API = "/public/v1/campaigns/" + QuestionnaireJson.TOKEN;

	@Autowired
	WebTestClient web;

	@DynamicPropertySource
	static void apiBaseUrl(DynamicPropertyRegistry properties) {
		properties.add("mutualis.portal.api-base-url", api::baseUrl);
	}

	@BeforeEach
	void anOpenCampaign() {
		api.reset();
		api.answers("GET " + API, QuestionnaireJson.PUBLIC);
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void anyoneOpensTheQuestionnaireWithoutSigningInAndGetsARandomBrowserToken() {
		var result = this.web.get().uri(URI.create(PAGE)).header(HttpHeaders.ACCEPT_LANGUAGE, "fr").exchange()
			.expectStatus().isOk()
			.expectHeader().value(HttpHeaders.SET_COOKIE, (cookie) -> assertThat(cookie)
				.containsPattern("mutualis_repondant=[A-Za-z0-9_-]{43}").contains("HttpOnly", "SameSite=Lax"))
			.expectBody(String.class).returnResult();
		String page = result.getResponseBody();

		assertThat(page).contains("<h1>Numérique responsable : les bases</h1>")
			.contains("Région Bretagne vous invite à répondre")
			.contains("Question 1 sur 2")
			.containsPattern("<input type=\"radio\" name=\"q-0190d000-0000-7000-8000-0000000000a1\"")
			.containsPattern("<input type=\"checkbox\" name=\"q-0190d000-0000-7000-8000-0000000000a2\"")
			.contains("<label for=\"q-0190d000-0000-7000-8000-0000000000a2-1\">Un système plus léger</label>")
			.contains("action=\"/repondre/" + QuestionnaireJson.TOKEN + "\"");
		Pages.assertSober(page);
		assertThat(api.last("GET " + API).headers().containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
	}

	@Test
	void sendingShowsTheExplanationsAndSendsOnlyTheRandomTokenAndTheChoices() {
		api.answers("POST " + API + "/responses", 201, QuestionnaireJson.CORRECTION);

		String page = send(true, "x".repeat(43)).expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();

		assertThat(page).contains("Merci, vos réponses sont enregistrées")
			.contains("Vous avez 1 bonnes réponses sur 2.")
			.contains("Le décret fixe 50 % à partir de 2025.").contains("Décret n° 2023-266")
			.contains("La réparation ; Un système plus léger");
		FakeApi.Received sent = api.last("POST " + API + "/responses");
		assertThat(sent.body()).isEqualTo("{\"respondentToken\":\"" + "x".repeat(43) + "\",\"answers\":["
				+ "{\"questionId\":\"0190d000-0000-7000-8000-0000000000a1\",\"choiceIds\":[\"0190d000-0000-7000-8000-0000000000e2\"]},"
				+ "{\"questionId\":\"0190d000-0000-7000-8000-0000000000a2\",\"choiceIds\":[\"0190d000-0000-7000-8000-0000000000e3\","
				+ "\"0190d000-0000-7000-8000-0000000000e4\"]}]}");
		assertThat(sent.headers().containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
		assertThat(sent.headers().containsHeader("X-Forwarded-For")).isFalse();
		assertThat(sent.headers().getFirst(HttpHeaders.USER_AGENT)).doesNotContain("TraceableBrowser");
	}

	@Test
	void theFormIsAcceptedWithTheCsrfTokenAndCookiesThePageGave() {
		api.answers("POST " + API + "/responses", 201, QuestionnaireJson.CORRECTION);
		var opened = this.web.get().uri(URI.create(PAGE)).exchange().expectStatus().isOk().expectBody(String.class)
			.returnResult();
		String csrf = opened.getResponseBody().replaceFirst("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		var cookies = opened.getResponseCookies();

		String page = this.web.post().uri(URI.create(PAGE))
			.cookies((jar) -> cookies.forEach((name, values) -> jar.add(name, values.getFirst().getValue())))
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("_csrf", csrf)
				.with("q-0190d000-0000-7000-8000-0000000000a1", "0190d000-0000-7000-8000-0000000000e2"))
			.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

		assertThat(page).contains("Merci, vos réponses sont enregistrées");
		assertThat(api.last("POST " + API + "/responses").body())
			.contains(cookies.getFirst(AnswerController.COOKIE).getValue());
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() {
		send(false, "x".repeat(43)).expectStatus().isForbidden();
		assertThat(api.last("POST " + API + "/responses")).isNull();
	}

	@Test
	void aSecondAnswerFromTheSameBrowserIsExplained() {
		api.refuses("POST " + API + "/responses", 409, "already-answered", "");

		String page = send(true, "y".repeat(43)).expectStatus().isEqualTo(HttpStatus.CONFLICT)
			.expectBody(String.class).returnResult().getResponseBody();

		assertThat(page).contains("Vous avez déjà répondu à ce questionnaire depuis ce navigateur.");
	}

	@Test
	void aClosedCampaignShowsNoForm() {
		api.answers("GET " + API, QuestionnaireJson.PUBLIC.replace("\"state\": \"OPEN\"", "\"state\": \"CLOSED\""));

		String page = Pages.open(this.web, PAGE, HttpStatus.OK);

		assertThat(page).contains("Ce questionnaire est clos depuis le 01/12/2026.").doesNotContain("<form class=\"form\"");
	}

	@Test
	void anUnknownLinkIsTheNotFoundPage() {
		Pages.open(this.web, "/repondre/" + "z".repeat(43), HttpStatus.NOT_FOUND);
	}

	private WebTestClient.ResponseSpec send(boolean withCsrf, String cookie) {
		WebTestClient client = withCsrf ? this.web.mutateWith(csrf()) : this.web;
		return client.post().uri(URI.create(PAGE))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr").cookie(AnswerController.COOKIE, cookie)
			.header(HttpHeaders.USER_AGENT, "Mozilla/5.0 TraceableBrowser/42").header("X-Forwarded-For", "203.0.113.77")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.body(BodyInserters.fromFormData("q-0190d000-0000-7000-8000-0000000000a1", "0190d000-0000-7000-8000-0000000000e2")
				.with("q-0190d000-0000-7000-8000-0000000000a2", "0190d000-0000-7000-8000-0000000000e3")
				.with("q-0190d000-0000-7000-8000-0000000000a2", "0190d000-0000-7000-8000-0000000000e4"))
			.exchange();
	}

}
