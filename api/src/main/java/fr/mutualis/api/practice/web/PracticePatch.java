package fr.mutualis.api.practice.web;

import fr.mutualis.api.practice.Level;
import fr.mutualis.api.practice.PracticeChanges;
import fr.mutualis.api.practice.PracticeStatus;
import fr.mutualis.api.practice.Theme;
import fr.mutualis.api.practice.Visibility;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code PATCH .../practices/{practiceId}}: absent or null fields stay as they are; {@code status} publishes. */
record PracticePatch(
        @Nullable @Size(min = 3, max = 200) @Pattern(regexp = PracticeFields.NOT_BLANK, message = "must not be blank")
        String title,
        @Nullable @Size(max = 1000) @Pattern(regexp = PracticeFields.NOT_BLANK, message = "must not be blank")
        String summary,
        @Nullable @Size(max = 50000) String body,
        @Nullable Theme theme,
        @Nullable @Size(max = 10) List<@Pattern(regexp = PracticeFields.TAG, message = PracticeFields.TAG_MESSAGE) String> tags,
        @Nullable Level effort,
        @Nullable Level cost,
        @Nullable Level impact,
        @Nullable @Size(max = 20) List<@Pattern(regexp = PracticeFields.INDICATOR,
                message = PracticeFields.INDICATOR_MESSAGE) String> indicators,
        @Nullable Visibility visibility,
        @Nullable PracticeStatus status) {

    PracticeChanges toChanges() {
        return new PracticeChanges(title == null ? null : title.strip(), summary == null ? null : summary.strip(),
                body, theme, tags == null ? null : tags.stream().map(String::strip).distinct().toList(), effort, cost,
                impact, indicators == null ? null : indicators.stream().distinct().toList(), visibility, status);
    }
}
