package fr.mutualis.api.practice;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A search of the library: words (web-search syntax, French, accents ignored), filters, and whether only PUBLIC
 * practices count (the anonymous {@code /public/v1} api).
 */
public record PracticeQuery(@Nullable String words, @Nullable Theme theme, @Nullable String tag,
        @Nullable String authorityKind, @Nullable String region, @Nullable OffsetDateTime publishedSince,
        boolean publicOnly) {
}
