package fr.mutualis.api.plan.web;

import fr.mutualis.api.plan.LabelTarget;
import fr.mutualis.api.plan.PlanDraft;
import fr.mutualis.api.plan.PlanStatus;
import fr.mutualis.api.plan.Visibility;
import fr.mutualis.api.shared.web.InvalidField;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** {@code POST .../plans}: a new plan, always a draft. */
record PlanRequest(
        @NotBlank @Size(min = 2, max = 200) @Nullable String title,
        @NotNull @Min(2000) @Max(2100) @Nullable Integer startYear,
        @NotNull @Min(2000) @Max(2100) @Nullable Integer endYear,
        @Nullable Visibility visibility,
        @Nullable LabelTarget labelTarget) {

    PlanDraft toDraft() {
        return PlanRequest.checked(new PlanDraft(title == null ? null : title.strip(), startYear, endYear,
                PlanStatus.DRAFT, visibility, labelTarget));
    }

    static PlanDraft checked(PlanDraft draft) {
        if (draft.startYear() != null && draft.endYear() != null
                && (draft.endYear() < draft.startYear() || draft.endYear() - draft.startYear() > 20)) {
            throw new InvalidField("endYear", "endYear must be at least startYear and at most 20 years later");
        }
        return draft;
    }
}
