package fr.mutualis.api.practice;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A practice as stored, with its author authority and how many authorities endorse it. */
public record Practice(UUID id, UUID tenantId, Author authority, PracticeContent content, String authorName,
        @Nullable OffsetDateTime publishedAt, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version,
        long endorsements) {

    public boolean published() {
        return content.status() == PracticeStatus.PUBLISHED;
    }
}
