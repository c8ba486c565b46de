package fr.mutualis.api.practice;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A merge patch of a practice: null fields stay as they are. */
public record PracticeChanges(@Nullable String title, @Nullable String summary, @Nullable String body,
        @Nullable Theme theme, @Nullable List<String> tags, @Nullable Level effort, @Nullable Level cost,
        @Nullable Level impact, @Nullable List<String> indicators, @Nullable Visibility visibility,
        @Nullable PracticeStatus status) {

    PracticeContent applyTo(PracticeContent current) {
        return new PracticeContent(or(title, current.title()), or(summary, current.summary()), or(body, current.body()),
                or(theme, current.theme()), or(tags, current.tags()), or(effort, current.effort()),
                or(cost, current.cost()), or(impact, current.impact()), or(indicators, current.indicators()),
                or(visibility, current.visibility()), or(status, current.status()));
    }

    private static <T> T or(@Nullable T change, T current) {
        return change == null ? current : change;
    }
}
