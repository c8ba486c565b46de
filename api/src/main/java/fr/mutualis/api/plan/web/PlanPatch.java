package fr.mutualis.api.plan.web;

import fr.mutualis.api.plan.LabelTarget;
import fr.mutualis.api.plan.PlanDraft;
import fr.mutualis.api.plan.PlanStatus;
import fr.mutualis.api.plan.Visibility;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** {@code PATCH .../plans/{planId}}: absent or null fields stay as they are. */
record PlanPatch(
        @Nullable @Size(min = 2, max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
        @Nullable @Min(2000) @Max(2100) Integer startYear,
        @Nullable @Min(2000) @Max(2100) Integer endYear,
        @Nullable PlanStatus status,
        @Nullable Visibility visibility,
        @Nullable LabelTarget labelTarget) {

    PlanDraft toChanges() {
        return PlanRequest.checked(new PlanDraft(title == null ? null : title.strip(), startYear, endYear, status,
                visibility, labelTarget));
    }
}
