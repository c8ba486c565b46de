package fr.mutualis.api.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An action of a plan (a sub-action when it has a parent). {@code progress} is what its pilot entered;
 * {@code rolledUpProgress} is the average of its sub-actions when it has some (computed in SQL).
 */
public record Action(UUID id, UUID planId, @Nullable UUID parentActionId, String title, String description,
        @Nullable String objective, Theme theme, ActionStatus status, Priority priority, @Nullable LocalDate startDate,
        @Nullable LocalDate dueDate, @Nullable String pilot, @Nullable BigDecimal budget, int progress,
        int rolledUpProgress, List<LinkedIndicator> indicators, @Nullable AdoptedFrom adoptedFrom,
        List<Adopter> adopters, long version) {
}
