package fr.mutualis.api.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An action to create, or (with null fields left unchanged) the changes to one. */
public record ActionDraft(@Nullable String title, @Nullable String description, @Nullable String objective,
        @Nullable Theme theme, @Nullable ActionStatus status, @Nullable Priority priority,
        @Nullable LocalDate startDate, @Nullable LocalDate dueDate, @Nullable String pilot,
        @Nullable BigDecimal budget, @Nullable Integer progress, @Nullable UUID parentActionId,
        @Nullable List<LinkedIndicator> indicators) {

    /** The values that a history entry records, by field name. */
    java.util.Map<String, @Nullable Object> values() {
        java.util.Map<String, @Nullable Object> values = new java.util.LinkedHashMap<>();
        values.put("title", title);
        values.put("description", description);
        values.put("objective", objective);
        values.put("theme", theme);
        values.put("status", status);
        values.put("priority", priority);
        values.put("startDate", startDate);
        values.put("dueDate", dueDate);
        values.put("pilot", pilot);
        values.put("budget", budget);
        values.put("progress", progress);
        values.put("parentActionId", parentActionId);
        values.put("indicators", indicators);
        return values;
    }

    static ActionDraft of(Action action) {
        return new ActionDraft(action.title(), action.description(), action.objective(), action.theme(),
                action.status(), action.priority(), action.startDate(), action.dueDate(), action.pilot(),
                action.budget(), action.progress(), action.parentActionId(), action.indicators());
    }
}
