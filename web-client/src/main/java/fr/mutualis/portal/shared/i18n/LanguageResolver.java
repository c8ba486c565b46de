package fr.mutualis.portal.shared.i18n;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * The language of a page: the {@code lang} query parameter ({@code fr} or {@code en}), else
 * the language remembered in the {@value #COOKIE} cookie, else the browser's preferred one
 * among French and English ({@code Accept-Language}), else French.
 */
public class LanguageResolver implements LocaleContextResolver {

	/** The query parameter that switches the language, e.g. {@code ?lang=en}. */
	public static final String PARAMETER = "lang";

	/** The cookie that remembers a language chosen with {@value #PARAMETER}. */
	public static final String COOKIE = "mutualis_lang";

	/** The languages of the portal, the default first. */
	public static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

	private static final Duration REMEMBERED_FOR = Duration.ofDays(365);

	@Override
	public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		Locale language = chosen(request).or(() -> remembered(request))
			.or(() -> preferredByBrowser(request))
			.orElse(LANGUAGES.getFirst());
		return new SimpleLocaleContext(language);
	}

	/** Remembers the language in the cookie, or forgets it when there is none to remember. */
	@Override
	public void setLocaleContext(ServerWebExchange exchange, @Nullable LocaleContext localeContext) {
		Locale locale = (localeContext != null) ? localeContext.getLocale() : null;
		Optional<Locale> language = Optional.ofNullable(locale).flatMap((l) -> supported(l.getLanguage()));
		ResponseCookie cookie = ResponseCookie.from(COOKIE, language.map(Locale::getLanguage).orElse(""))
			.path("/")
			.maxAge(language.isPresent() ? REMEMBERED_FOR : Duration.ZERO)
			.httpOnly(true)
			.secure(true)
			.sameSite("Lax")
			.build();
		exchange.getResponse().addCookie(cookie);
	}

	/** The language asked for with the query parameter, if it is one of the portal's. */
	public Optional<Locale> chosen(ServerHttpRequest request) {
		return Optional.ofNullable(request.getQueryParams().getFirst(PARAMETER)).flatMap(LanguageResolver::supported);
	}

	private static Optional<Locale> remembered(ServerHttpRequest request) {
		return Optional.ofNullable(request.getCookies().getFirst(COOKIE))
			.map(HttpCookie::getValue)
			.flatMap(LanguageResolver::supported);
	}

	private static Optional<Locale> preferredByBrowser(ServerHttpRequest request) {
		try {
			List<Locale.LanguageRange> ranges = request.getHeaders().getAcceptLanguage();
			return Optional.ofNullable(Locale.lookup(ranges, LANGUAGES));
		}
		catch (IllegalArgumentException malformedHeader) {
			return Optional.empty();
		}
	}

	private static Optional<Locale> supported(String tag) {
		String language = Locale.forLanguageTag(tag.strip()).getLanguage();
		return LANGUAGES.stream().filter((supported) -> supported.getLanguage().equals(language)).findFirst();
	}

}
