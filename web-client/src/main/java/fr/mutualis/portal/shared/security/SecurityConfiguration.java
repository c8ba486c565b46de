package fr.mutualis.portal.shared.security;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity.CsrfSpec;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Who may see what, and how people sign in and out.
 * <p>
 * Every page needs a signed-in user unless it is listed here as public. Signing in goes
 * to Keycloak (authorization code with PKCE); signing out is a POST form (CSRF protected)
 * that ends the Keycloak session as well. Refusals are rendered by the error pages.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties(OAuth2ClientProperties.class)
public class SecurityConfiguration {

	/** The id of the Keycloak client registration ({@code spring.security.oauth2.client.registration.keycloak}). */
	public static final String KEYCLOAK = "keycloak";

	/** Where a visitor goes to sign in. */
	private static final String SIGN_IN_PATH = "/oauth2/authorization/" + KEYCLOAK;

	/** Where a user lands after signing in, unless they were on their way to another page. */
	private static final String AFTER_SIGN_IN_PATH = "/compte";

	private static final String MANAGEMENT_SERVER_NAMESPACE = "management";

	private static final String[] PUBLIC_PATHS = { "/", "/css/**", "/webjars/**", "/favicon.ico" };

	/** How long the portal waits for Keycloak's tokens after a sign-in before asking once more. */
	private static final Duration CODE_EXCHANGE_TIMEOUT = Duration.ofSeconds(10);

	/** The portal uses none of the browser's sensitive features. */
	private static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

	@Bean
	SecurityWebFilterChain portalSecurity(ServerHttpSecurity http, ReactiveClientRegistrationRepository clientRegistrations,
			ContentSecurityPolicy contentSecurityPolicy) {
		return http
			.authorizeExchange((exchanges) -> exchanges
				.pathMatchers(HttpMethod.GET, PUBLIC_PATHS).permitAll()
				// Anonymous questionnaire answers (issue 9): no sign-in, CSRF still checked on the form.
				.pathMatchers("/repondre/*").permitAll()
				.anyExchange().authenticated())
			.oauth2Login((login) -> login
				.authorizationRequestResolver(new KeycloakAuthorizationRequests(clientRegistrations))
				.authenticationSuccessHandler(new RedirectServerAuthenticationSuccessHandler(AFTER_SIGN_IN_PATH)))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new RedirectServerAuthenticationEntryPoint(SIGN_IN_PATH))
				.accessDeniedHandler(errorPage()))
			.csrf((csrf) -> csrf.accessDeniedHandler(errorPage()).csrfTokenRequestHandler(csrfTokens()))
			.logout((logout) -> logout.logoutSuccessHandler(endKeycloakSession(clientRegistrations)))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(contentSecurityPolicy.directives()))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.permissionsPolicy((permissions) -> permissions.policy(PERMISSIONS_POLICY))
				.frameOptions((frames) -> frames.mode(Mode.DENY)))
			.build();
	}

	/**
	 * CSRF tokens as Spring Security checks them by default (masked against BREACH), also read from a
	 * {@code multipart/form-data} form, so that a file upload (the CSV import of a plan) works without JavaScript.
	 */
	private static XorServerCsrfTokenRequestAttributeHandler csrfTokens() {
		XorServerCsrfTokenRequestAttributeHandler tokens = new XorServerCsrfTokenRequestAttributeHandler();
		tokens.setTokenFromMultipartDataEnabled(true);
		return tokens;
	}

	/**
	 * The management server (health probes, info, metrics) listens on its own port, which is
	 * never published: it is open, and keeps no session.
	 */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityWebFilterChain managementSecurity(ServerHttpSecurity http) {
		return http.securityMatcher(SecurityConfiguration::onManagementServer)
			.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
			.csrf(CsrfSpec::disable)
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.build();
	}

	/** Picked up by the sign-in ({@code oauth2Login}) for the code exchange: bounded, asked twice at most. */
	@Bean
	ReactiveOAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeExchange() {
		return new CodeExchange(CODE_EXCHANGE_TIMEOUT);
	}

	@Bean
	ContentSecurityPolicy contentSecurityPolicy(OAuth2ClientProperties oauth2Client) {
		OAuth2ClientProperties.Provider keycloak = oauth2Client.getProvider().get(KEYCLOAK);
		if (keycloak == null || keycloak.getIssuerUri() == null) {
			throw new IllegalStateException(
					"Set spring.security.oauth2.client.provider.keycloak.issuer-uri to the Keycloak realm's URL");
		}
		return ContentSecurityPolicy.forIssuer(URI.create(keycloak.getIssuerUri()));
	}

	private static OidcClientInitiatedServerLogoutSuccessHandler endKeycloakSession(
			ReactiveClientRegistrationRepository clientRegistrations) {
		var handler = new OidcClientInitiatedServerLogoutSuccessHandler(clientRegistrations);
		handler.setPostLogoutRedirectUri("{baseUrl}/?logout");
		return handler;
	}

	private static Mono<MatchResult> onManagementServer(ServerWebExchange exchange) {
		ApplicationContext context = exchange.getApplicationContext();
		boolean management = context != null
				&& WebServerApplicationContext.hasServerNamespace(context, MANAGEMENT_SERVER_NAMESPACE);
		return management ? MatchResult.match() : MatchResult.notMatch();
	}

	/** A refusal (403) goes on to the error pages instead of a bare text response. */
	private static ServerAccessDeniedHandler errorPage() {
		return (exchange, denied) -> Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN));
	}

}
