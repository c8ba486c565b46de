package fr.mutualis.api.practice;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A comment or question on a published practice. A hidden comment keeps its place in the thread, without its text,
 * except for the operator; {@code reports} is only counted for the operator.
 */
public record Comment(UUID id, UUID practiceId, Author authority, String authorName, @Nullable String body,
        boolean hidden, OffsetDateTime createdAt, @Nullable Long reports) {
}
