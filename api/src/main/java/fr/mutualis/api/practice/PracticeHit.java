package fr.mutualis.api.practice;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One practice found by a search, with its rank and an excerpt: the excerpt is HTML, escaped, in which only
 * {@code <mark>} elements around the words found are markup.
 */
public record PracticeHit(UUID id, Author authority, String title, String summary, Theme theme, List<String> tags,
        Level effort, Level cost, Level impact, Visibility visibility, OffsetDateTime publishedAt, float rank,
        @Nullable String excerpt) {
}
