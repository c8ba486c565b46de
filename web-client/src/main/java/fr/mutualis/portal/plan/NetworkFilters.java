package fr.mutualis.portal.plan;

import org.jspecify.annotations.Nullable;

/**
 * The filters of the network view, as the query string gives them.
 *
 * @param theme a theme of an action
 * @param kind a kind of authority
 * @param region a région code
 * @param cursor where the page starts
 */
public record NetworkFilters(@Nullable String theme, @Nullable String kind, @Nullable String region,
		@Nullable String cursor) {
}
