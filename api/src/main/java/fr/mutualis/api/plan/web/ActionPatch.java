package fr.mutualis.api.plan.web;

import fr.mutualis.api.plan.ActionDraft;
import fr.mutualis.api.plan.ActionStatus;
import fr.mutualis.api.plan.Priority;
import fr.mutualis.api.plan.Theme;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** {@code PATCH .../actions/{actionId}}: absent or null fields stay as they are; {@code indicators} replaces all. */
record ActionPatch(
        @Nullable @Size(min = 2, max = 200) @Pattern(regexp = "(?s).*\\S.*", message = "must not be blank") String title,
        @Nullable @Size(max = 5000) String description,
        @Nullable @Size(max = 1000) String objective,
        @Nullable Theme theme,
        @Nullable ActionStatus status,
        @Nullable Priority priority,
        @Nullable LocalDate startDate,
        @Nullable LocalDate dueDate,
        @Nullable @Size(max = 200) String pilot,
        @Nullable @DecimalMin("0") @DecimalMax("999999999999") BigDecimal budget,
        @Nullable @Min(0) @Max(100) Integer progress,
        @Nullable UUID parentActionId,
        @Nullable @Size(max = 20) List<@Valid IndicatorRequest> indicators) {

    ActionDraft toChanges() {
        return ActionRequest.checked(new ActionDraft(title == null ? null : title.strip(), description, objective,
                theme, status, priority, startDate, dueDate, pilot, budget, progress, parentActionId,
                indicators == null ? null : indicators.stream().map(IndicatorRequest::toIndicator).toList()));
    }
}
