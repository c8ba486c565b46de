package fr.mutualis.portal.shared.security;

import java.util.Locale;

import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Builds the redirect to Keycloak's sign-in page: authorization code with PKCE (even though
 * the portal is a confidential client, as the OAuth 2.0 security best practice asks), and
 * {@code ui_locales} set to the page's language so that Keycloak speaks it too.
 */
class KeycloakAuthorizationRequests implements ServerOAuth2AuthorizationRequestResolver {

	private final DefaultServerOAuth2AuthorizationRequestResolver delegate;

	KeycloakAuthorizationRequests(ReactiveClientRegistrationRepository clientRegistrations) {
		this.delegate = new DefaultServerOAuth2AuthorizationRequestResolver(clientRegistrations);
		this.delegate.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
	}

	@Override
	public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange) {
		return this.delegate.resolve(exchange).map((request) -> inLanguageOf(exchange, request));
	}

	@Override
	public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange, String clientRegistrationId) {
		return this.delegate.resolve(exchange, clientRegistrationId).map((request) -> inLanguageOf(exchange, request));
	}

	private static OAuth2AuthorizationRequest inLanguageOf(ServerWebExchange exchange, OAuth2AuthorizationRequest request) {
		Locale locale = exchange.getLocaleContext().getLocale();
		if (locale == null) {
			return request;
		}
		return OAuth2AuthorizationRequest.from(request)
			.additionalParameters((parameters) -> parameters.put("ui_locales", locale.getLanguage()))
			.build();
	}

}
