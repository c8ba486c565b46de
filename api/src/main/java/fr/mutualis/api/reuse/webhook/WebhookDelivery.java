package fr.mutualis.api.reuse.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One webhook notification and how its sending went (the delivery log). */
public record WebhookDelivery(UUID id, UUID partnerId, UUID lotId, String event, String url, String status,
        int attempts, @Nullable Integer lastStatus, @Nullable String lastError, OffsetDateTime createdAt,
        OffsetDateTime nextAttemptAt, @Nullable OffsetDateTime deliveredAt) {
}
