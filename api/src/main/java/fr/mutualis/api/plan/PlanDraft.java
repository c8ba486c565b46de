package fr.mutualis.api.plan;

import org.jspecify.annotations.Nullable;

/** A plan to create, or (with null fields left unchanged) the changes to one. */
public record PlanDraft(@Nullable String title, @Nullable Integer startYear, @Nullable Integer endYear,
        @Nullable PlanStatus status, @Nullable Visibility visibility, @Nullable LabelTarget labelTarget) {
}
