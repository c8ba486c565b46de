package fr.mutualis.api.practice;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A page of search results, the cursor of the next page, and the facets of everything found (not just this page). */
public record PracticeResults(List<PracticeHit> items, @Nullable String nextCursor, long total,
        Map<String, List<Facet>> facets) {
}
