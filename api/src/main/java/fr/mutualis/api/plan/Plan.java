package fr.mutualis.api.plan;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An action plan of an authority, with its progress rolled up from its actions (computed in SQL) and the number of
 * actions it holds.
 */
public record Plan(UUID id, AuthorityRef authority, String title, int startYear, int endYear, PlanStatus status,
        Visibility visibility, LabelTarget labelTarget, @Nullable OffsetDateTime publishedAt, int progress,
        int actionCount, java.util.List<Theme> themes, long version) {

    /** The authority that owns a plan, as the network view shows it. */
    public record AuthorityRef(String slug, String name, String kind, @Nullable String regionCode) {
    }
}
