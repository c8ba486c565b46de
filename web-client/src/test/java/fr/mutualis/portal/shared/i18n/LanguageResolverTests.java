package fr.mutualis.portal.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

class LanguageResolverTests {

	private final LanguageResolver languages = new LanguageResolver();

	@Test
	void frenchWhenNothingSaysOtherwise() {
		assertThat(languageOf(MockServerHttpRequest.get("/"))).isEqualTo(Locale.FRENCH);
	}

	@Test
	void browserPreferenceAmongFrenchAndEnglish() {
		assertThat(languageOf(MockServerHttpRequest.get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.8")))
			.isEqualTo(Locale.ENGLISH);
		assertThat(languageOf(MockServerHttpRequest.get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "de;q=1.0,en;q=0.5,fr;q=0.9")))
			.isEqualTo(Locale.FRENCH);
		assertThat(languageOf(MockServerHttpRequest.get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "es, it")))
			.isEqualTo(Locale.FRENCH);
	}

	@Test
	void malformedAcceptLanguageFallsBackToFrench() {
		assertThat(languageOf(MockServerHttpRequest.get("/").header(HttpHeaders.ACCEPT_LANGUAGE, "en;q=x,,;")))
			.isEqualTo(Locale.FRENCH);
	}

	@Test
	void cookieWinsOverTheBrowser() {
		assertThat(languageOf(MockServerHttpRequest.get("/")
			.cookie(new HttpCookie(LanguageResolver.COOKIE, "en"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void parameterWinsOverEverything() {
		assertThat(languageOf(MockServerHttpRequest.get("/?lang=en")
			.cookie(new HttpCookie(LanguageResolver.COOKIE, "fr"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))).isEqualTo(Locale.ENGLISH);
		assertThat(languageOf(MockServerHttpRequest.get("/?lang=en-GB"))).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void languagesThePortalDoesNotSpeakAreIgnored() {
		assertThat(languageOf(MockServerHttpRequest.get("/?lang=xx")
			.cookie(new HttpCookie(LanguageResolver.COOKIE, "de"))
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en"))).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void remembersTheLanguageInAnHttpOnlySecureLaxCookieForAYear() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/"));

		this.languages.setLocaleContext(exchange, new SimpleLocaleContext(Locale.ENGLISH));

		ResponseCookie cookie = exchange.getResponse().getCookies().getFirst(LanguageResolver.COOKIE);
		assertThat(cookie).isNotNull();
		assertThat(cookie.getValue()).isEqualTo("en");
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.isSecure()).isTrue();
		assertThat(cookie.getSameSite()).isEqualTo("Lax");
		assertThat(cookie.getPath()).isEqualTo("/");
		assertThat(cookie.getMaxAge()).isEqualTo(Duration.ofDays(365));
	}

	@Test
	void forgetsTheLanguageWhenThereIsNoneToRemember() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/"));

		this.languages.setLocaleContext(exchange, null);

		ResponseCookie cookie = exchange.getResponse().getCookies().getFirst(LanguageResolver.COOKIE);
		assertThat(cookie).isNotNull();
		assertThat(cookie.getMaxAge()).isZero();
	}

	private Locale languageOf(MockServerHttpRequest.BaseBuilder<?> request) {
		return this.languages.resolveLocaleContext(MockServerWebExchange.from(request)).getLocale();
	}

}
