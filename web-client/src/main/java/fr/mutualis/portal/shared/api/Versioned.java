package fr.mutualis.portal.shared.api;

/**
 * A resource with the version the api gave it ({@code ETag}), which a change sends back in
 * {@code If-Match} so that it cannot overwrite someone else's change unknowingly.
 *
 * @param body the resource
 * @param etag its {@code ETag}, e.g. {@code "3"}
 * @param <T> the resource's type
 */
public record Versioned<T>(T body, String etag) {
}
