package fr.mutualis.api.shared.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the api trusts access tokens: the Keycloak realm that issues them, the audience they must name, and the clock
 * skew tolerated on their expiry.
 */
@ConfigurationProperties("mutualis.security")
public record SecurityProperties(
        String issuer,
        @DefaultValue("mutualis-api") String audience,
        @DefaultValue("30s") Duration clockSkew) {
}
