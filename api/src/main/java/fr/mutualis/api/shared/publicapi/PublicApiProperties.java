package fr.mutualis.api.shared.publicapi;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits and caching of {@code /public/v1}.
 *
 * @param anonymousPerMinute requests per minute for one address without a token
 * @param clientPerMinute requests per minute for one authenticated client (a partner's client id)
 * @param trustForwardedFor whether the address is read from {@code X-Forwarded-For} (only behind a proxy that sets it)
 * @param corsAllowedOrigins origins allowed to read from a browser ({@code *}: any, reads carry no credentials)
 * @param maxAge how long a shared cache may keep a read
 */
@ConfigurationProperties("mutualis.public-api")
public record PublicApiProperties(
        @DefaultValue("120") int anonymousPerMinute,
        @DefaultValue("600") int clientPerMinute,
        @DefaultValue("false") boolean trustForwardedFor,
        @DefaultValue("*") List<String> corsAllowedOrigins,
        @DefaultValue("60s") Duration maxAge) {
}
