package fr.mutualis.portal.shared.i18n;

import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Remembers the language chosen with the language switch ({@code ?lang=en}) so that the
 * next pages keep it. (WebFlux has no {@code LocaleChangeInterceptor}: this filter is it.)
 */
@Component
class LanguageSwitch implements WebFilter {

	private final LanguageResolver languages;

	LanguageSwitch(LanguageResolver languages) {
		this.languages = languages;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		this.languages.chosen(exchange.getRequest())
			.ifPresent((language) -> this.languages.setLocaleContext(exchange, new SimpleLocaleContext(language)));
		return chain.filter(exchange);
	}

}
