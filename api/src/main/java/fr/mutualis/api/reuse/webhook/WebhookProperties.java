package fr.mutualis.api.reuse.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Partner webhooks: how often due deliveries are sent, how many attempts before giving up, the first retry delay
 * (doubled at each attempt, capped at {@code maxBackoff}), the timeout of one POST, and whether {@code http://localhost}
 * receivers are accepted (tests and the local stack only; production accepts HTTPS only).
 */
@ConfigurationProperties("mutualis.reuse.webhooks")
public record WebhookProperties(
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration firstBackoff,
        @DefaultValue("6h") Duration maxBackoff,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("false") boolean allowInsecureLocalhost) {

    /** The delay before attempt {@code attempts + 1}: firstBackoff × 2^(attempts − 1), capped. */
    public Duration backoff(int attempts) {
        Duration delay = firstBackoff.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }
}
