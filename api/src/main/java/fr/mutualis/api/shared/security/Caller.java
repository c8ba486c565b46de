package fr.mutualis.api.shared.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * The authenticated person behind a request, read from their validated access token; {@code tokenId} tells one
 * token (one sign-in or refresh) from the next.
 */
public record Caller(String userId, String name, String email, boolean operator, String tokenId) {

    public static final String OPERATOR_ROLE = "platform-operator";

    /**
     * Someone without a token (public reads): no user id (PostgreSQL's {@code app_is_visitor()}), no rights; sees only
     * what row-level security makes public.
     */
    public static Caller visitor() {
        return new Caller("", "", "", false, "");
    }

    /** The caller of the current request; empty when the request is anonymous. */
    public static Mono<Caller> current() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> of(((JwtAuthenticationToken) authentication).getToken()));
    }

    public static Caller of(Jwt token) {
        String tokenId = token.getId() != null ? token.getId() : String.valueOf(token.getIssuedAt());
        return new Caller(token.getSubject(), displayName(token), claim(token, "email"),
                realmRoles(token).contains(OPERATOR_ROLE), tokenId);
    }

    private static String displayName(Jwt token) {
        String name = claim(token, "name");
        return name.isBlank() ? claim(token, "preferred_username") : name;
    }

    private static String claim(Jwt token, String claim) {
        String value = token.getClaimAsString(claim);
        return value == null ? "" : value;
    }

    private static Collection<?> realmRoles(Jwt token) {
        Map<String, Object> realmAccess = token.getClaimAsMap("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> roles) {
            return roles;
        }
        return List.of();
    }
}
