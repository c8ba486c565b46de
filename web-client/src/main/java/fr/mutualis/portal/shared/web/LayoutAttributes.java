package fr.mutualis.portal.shared.web;

import java.security.Principal;

import fr.mutualis.portal.shared.security.SecurityConfiguration;
import fr.mutualis.portal.shared.tenancy.Navigation;
import fr.mutualis.portal.shared.tenancy.Tenancy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Puts what the layout of every page needs into the exchange's attributes, which the
 * templates read: the {@link SignedInUser} ({@value #SIGNED_IN_USER}), the CSRF token of
 * the sign-out form ({@code _csrf}, which Thymeleaf's {@code th:action} adds as a hidden
 * field) and the {@link Navigation} of the header (current authority, switcher, links). A
 * filter rather than a controller advice, so that error pages have them too.
 * <p>
 * These are only resolved for signed-in users: the CSRF token lives in the session, and
 * anonymous visitors of public pages get no session, hence no cookie. The navigation is only
 * resolved for pages, not for stylesheets and scripts; when the api cannot tell the user's
 * authorities, the page still shows, with a header without them.
 */
@Component
class LayoutAttributes implements WebFilter {

	static final String SIGNED_IN_USER = "signedInUser";

	private static final Logger logger = LoggerFactory.getLogger(LayoutAttributes.class);

	private static final String[] NOT_PAGES = { "/css/**", "/webjars/**", "/favicon.ico", "/actuator/**" };

	private static final AntPathMatcher paths = new AntPathMatcher();

	private final ReactiveOAuth2AuthorizedClientManager authorizedClients;

	private final Tenancy tenancy;

	LayoutAttributes(ReactiveOAuth2AuthorizedClientManager authorizedClients, Tenancy tenancy) {
		this.authorizedClients = authorizedClients;
		this.tenancy = tenancy;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		return exchange.getPrincipal()
			.filter((principal) -> !(principal instanceof AnonymousAuthenticationToken))
			.flatMap((principal) -> expose(principal, exchange))
			.then(Mono.defer(() -> chain.filter(exchange)));
	}

	private Mono<Void> expose(Principal principal, ServerWebExchange exchange) {
		exchange.getAttributes().put(SIGNED_IN_USER, SignedInUser.of(principal));
		Mono<CsrfToken> csrfToken = exchange.getAttribute(CsrfToken.class.getName());
		Mono<Void> csrf = (csrfToken != null) ? csrfToken
			.doOnNext((token) -> exchange.getAttributes().put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, token))
			.then() : Mono.empty();
		return csrf.then(navigation(principal, exchange));
	}

	private Mono<Void> navigation(Principal principal, ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (!(principal instanceof Authentication authentication) || isNotAPage(path)) {
			return Mono.empty();
		}
		OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(SecurityConfiguration.KEYCLOAK)
			.principal(authentication)
			.attribute(ServerWebExchange.class.getName(), exchange)
			.build();
		return this.authorizedClients.authorize(request)
			.flatMap((user) -> this.tenancy.navigation(exchange, user))
			.doOnNext((navigation) -> exchange.getAttributes().put(Navigation.ATTRIBUTE, navigation))
			.onErrorResume((failure) -> {
				logger.debug("[{}] The header shows no authority: {}", exchange.getRequest().getId(), failure.toString());
				return Mono.empty();
			})
			.then();
	}

	private static boolean isNotAPage(String path) {
		for (String pattern : NOT_PAGES) {
			if (paths.match(pattern, path)) {
				return true;
			}
		}
		return false;
	}

}
