package fr.mutualis.api.practice.web;

import fr.mutualis.api.practice.Level;
import fr.mutualis.api.practice.PracticeContent;
import fr.mutualis.api.practice.PracticeStatus;
import fr.mutualis.api.practice.Theme;
import fr.mutualis.api.practice.Visibility;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/authorities/{slug}/practices}: a new practice, a draft unless {@code status} says otherwise. */
record PracticeRequest(
        @NotBlank @Size(min = 3, max = 200) String title,
        @NotBlank @Size(max = 1000) String summary,
        @NotNull @Size(max = 50000) String body,
        @NotNull Theme theme,
        @Nullable @Size(max = 10) List<@Pattern(regexp = PracticeFields.TAG, message = PracticeFields.TAG_MESSAGE) String> tags,
        @NotNull Level effort,
        @NotNull Level cost,
        @NotNull Level impact,
        @Nullable @Size(max = 20) List<@Pattern(regexp = PracticeFields.INDICATOR,
                message = PracticeFields.INDICATOR_MESSAGE) String> indicators,
        @Nullable Visibility visibility,
        @Nullable PracticeStatus status) {

    PracticeContent toContent() {
        return new PracticeContent(title.strip(), summary.strip(), body, theme,
                tags == null ? List.of() : tags.stream().map(String::strip).distinct().toList(), effort, cost, impact,
                indicators == null ? List.of() : indicators.stream().distinct().toList(),
                visibility == null ? Visibility.NETWORK : visibility,
                status == null ? PracticeStatus.DRAFT : status);
    }
}
