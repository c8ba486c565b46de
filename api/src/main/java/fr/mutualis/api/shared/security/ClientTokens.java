package fr.mutualis.api.shared.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * Tells a person's token from a machine's. A client-credentials token (a registered partner's service account) carries
 * Keycloak's {@code service-account-} user name and names its client in {@code azp}; the partner clients have every
 * other grant disabled, so no person can obtain a token whose {@code azp} is a partner client. See ADR 0011.
 */
public final class ClientTokens {

    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private ClientTokens() {
    }

    public static boolean isServiceAccount(Jwt token) {
        String username = token.getClaimAsString("preferred_username");
        return username != null && username.startsWith(SERVICE_ACCOUNT_PREFIX);
    }

    /** The client that obtained the token ({@code azp}). */
    public static String clientId(Jwt token) {
        String azp = token.getClaimAsString("azp");
        return azp == null ? "" : azp;
    }

    /** Authenticated as a person (portal or CLI user); a service account is refused with 403. */
    static Mono<AuthorizationResult> person(Mono<Authentication> authentication, AuthorizationContext context) {
        return decide(authentication, false);
    }

    /** Authenticated as a client's service account (a partner); a person's token is refused with 403. */
    static Mono<AuthorizationResult> serviceAccount(Mono<Authentication> authentication,
            AuthorizationContext context) {
        return decide(authentication, true);
    }

    private static Mono<AuthorizationResult> decide(Mono<Authentication> authentication, boolean serviceAccount) {
        return authentication.filter(Authentication::isAuthenticated)
                .filter(JwtAuthenticationToken.class::isInstance)
                .<AuthorizationResult>map(token -> new AuthorizationDecision(
                        isServiceAccount(((JwtAuthenticationToken) token).getToken()) == serviceAccount))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }
}
