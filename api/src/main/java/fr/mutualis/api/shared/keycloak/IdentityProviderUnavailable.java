package fr.mutualis.api.shared.keycloak;

import fr.mutualis.api.shared.web.DomainProblem;
import java.time.Duration;
import org.springframework.http.HttpStatus;

/**
 * Keycloak could not be reached in time, or failed (5xx): the caller may retry later (the adapter's writes are
 * idempotent, so a retry is safe even when Keycloak did the work but its answer was lost). Answered
 * as 503 with a plain detail; the answer should carry {@code Retry-After: }{@link #retryAfter()}. The technical
 * {@link #reason()} is for logs only.
 */
public class IdentityProviderUnavailable extends RuntimeException implements DomainProblem {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private final String reason;

    public IdentityProviderUnavailable(String reason, Throwable cause) {
        super("The identity service (Keycloak) is not available at the moment. Try again in a minute.", cause);
        this.reason = reason;
    }

    /** What went wrong, for logs: never shown to clients. */
    public String reason() {
        return reason;
    }

    /** How long a client should wait before retrying. */
    @Override
    public Duration retryAfter() {
        return RETRY_AFTER;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.SERVICE_UNAVAILABLE;
    }

    @Override
    public String type() {
        return "identity-provider-unavailable";
    }

    @Override
    public String title() {
        return "Identity provider unavailable";
    }
}
