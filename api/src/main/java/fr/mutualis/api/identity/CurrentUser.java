package fr.mutualis.api.identity;

import fr.mutualis.api.shared.security.SecurityProperties;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Reads the caller from a validated access token of the Mutualis realm. */
@Component
public class CurrentUser {

    private final SecurityProperties security;

    CurrentUser(SecurityProperties security) {
        this.security = security;
    }

    public Me from(Jwt token) {
        return new Me(token.getSubject(), displayName(token), stringClaim(token, "email"),
                realmRoles(token).contains(security.operatorRole()), List.of());
    }

    private static String displayName(Jwt token) {
        String name = stringClaim(token, "name");
        return name.isBlank() ? stringClaim(token, "preferred_username") : name;
    }

    private static String stringClaim(Jwt token, String claim) {
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
