package fr.mutualis.api.audit;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One write, as the audit log keeps it: who, in which authority, did what to what, when, in which request. */
public record AuditEvent(UUID id, OffsetDateTime occurredAt, String actorId, String actorName, String action,
        String targetType, String targetId, String requestId, Map<String, Object> details) {
}
