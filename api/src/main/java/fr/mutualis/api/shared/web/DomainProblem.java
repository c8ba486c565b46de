package fr.mutualis.api.shared.web;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Implemented by the named domain exceptions ({@code AuthorityNotFound}, {@code LastAdminCannotLeave}, …) so that the
 * one exception handler can answer them with a stable problem type; their message is the problem's detail.
 */
public interface DomainProblem {

    HttpStatus status();

    /** The slug of {@code urn:mutualis:problem:<slug>}. */
    String type();

    String title();

    /** Extra members of the problem document, such as the {@code field} of a 409. */
    default Map<String, Object> properties() {
        return Map.of();
    }

    /** For a temporary failure (503, 429): when the caller may try again, sent as {@code Retry-After}. */
    default @Nullable Duration retryAfter() {
        return null;
    }
}
