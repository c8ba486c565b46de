package fr.mutualis.portal.home;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.portal.shared.PortalWebFluxTest;
import fr.mutualis.portal.shared.TestKeycloak;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@PortalWebFluxTest(HomeController.class)
class HomeControllerTests {

	@Autowired
	WebTestClient web;

	@Test
	void homeIsInFrenchByDefault() {
		String page = home(this.web.get().uri("/"));

		assertThat(page).contains("<html lang=\"fr\">")
			.contains("Le numérique responsable, entre collectivités")
			.contains("loi REEN")
			.contains("loi AGEC")
			.contains("href=\"/oauth2/authorization/keycloak\"")
			.contains("Se connecter")
			.contains("<a href=\"?lang=en\" lang=\"en\" hreflang=\"en\">English</a>");
	}

	@Test
	void homeIsInEnglishForABrowserThatPrefersEnglish() {
		String page = home(this.web.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9,fr;q=0.5"));

		assertThat(page).contains("<html lang=\"en\">")
			.contains("Sustainable IT, among local authorities")
			.contains("Sign in")
			.contains("<a href=\"?lang=fr\" lang=\"fr\" hreflang=\"fr\">Français</a>");
	}

	@Test
	void homeStaysInFrenchForABrowserThatPrefersAnotherLanguage() {
		String page = home(this.web.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE,de;q=0.9"));

		assertThat(page).contains("<html lang=\"fr\">");
	}

	@Test
	void languageChosenWithTheSwitchIsRememberedInACookie() {
		this.web.get()
			.uri("/?lang=en")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isOk()
			.expectCookie().valueEquals("mutualis_lang", "en")
			.expectCookie().httpOnly("mutualis_lang", true)
			.expectCookie().secure("mutualis_lang", true)
			.expectCookie().sameSite("mutualis_lang", "Lax")
			.expectBody(String.class).value((page) -> assertThat(page).contains("<html lang=\"en\">"));

		String next = home(this.web.get().uri("/").cookie("mutualis_lang", "en"));
		assertThat(next).contains("<html lang=\"en\">");
	}

	@Test
	void languageSwitchWinsOverTheCookieAndTheBrowser() {
		String page = home(this.web.get()
			.uri("/?lang=fr")
			.cookie("mutualis_lang", "en")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en"));

		assertThat(page).contains("<html lang=\"fr\">");
	}

	@Test
	void anonymousVisitorsGetNoCookie() {
		this.web.get()
			.uri("/")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isOk()
			.expectHeader().doesNotExist(HttpHeaders.SET_COOKIE);
	}

	@Test
	void signedInUserSeesTheirNameTheirAccountAndASignOutFormWithItsCsrfToken() {
		String page = home(this.web.mutateWith(TestKeycloak.camille()).get().uri("/"));

		assertThat(page).contains("Camille Martin")
			.contains("href=\"/compte\"")
			.containsPattern("<form class=\"inline-form\" method=\"post\" action=\"/logout\">\\s*"
					+ "<input type=\"hidden\" name=\"_csrf\" value=\"[^\"]+\"")
			.contains("Se déconnecter")
			.doesNotContain("href=\"/oauth2/authorization/keycloak\"");
	}

	@Test
	void afterSigningOutTheHomePageSaysSo() {
		assertThat(home(this.web.get().uri("/?logout"))).contains("Vous êtes déconnecté.");
		assertThat(home(this.web.get().uri("/"))).doesNotContain("Vous êtes déconnecté.");
	}

	@Test
	void layoutHasTheLandmarksTheSkipLinkAndOnlyLocalResources() {
		String page = home(this.web.mutateWith(TestKeycloak.camille()).get().uri("/"));

		assertThat(page).contains("<a class=\"skip-link\" href=\"#contenu\">Aller au contenu</a>")
			.contains("<header", "<nav", "<main id=\"contenu\"", "<footer")
			.contains("<title>Mutualis, le numérique responsable entre collectivités</title>")
			.contains("<link rel=\"stylesheet\" href=\"/css/mutualis.css\">")
			.contains("<script src=\"/webjars/htmx.org/dist/htmx.min.js\" defer></script>")
			.contains("{\"includeIndicatorStyles\":false,\"allowEval\":false,\"selfRequestsOnly\":true}")
			.doesNotContain("http://", "https://", "//cdn")
			.doesNotContainPattern("(?i)<style|\\sstyle=|\\son[a-z]+=")
			.doesNotContainPattern("<script(?![^>]*\\ssrc=)");
		assertThat(page.getBytes()).hasSizeLessThan(100 * 1024);
	}

	private static String home(WebTestClient.RequestHeadersSpec<?> request) {
		return request.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus().isOk()
			.expectHeader().contentType("text/html;charset=UTF-8")
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

}
