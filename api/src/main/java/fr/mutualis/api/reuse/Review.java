package fr.mutualis.api.reuse;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One authority's review of a partner (one per authority, editable). */
public record Review(UUID id, UUID partnerId, String authority, String authorityName, int rating, String comment,
        String author, OffsetDateTime updatedAt, long version) {
}
