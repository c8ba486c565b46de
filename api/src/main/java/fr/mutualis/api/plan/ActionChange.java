package fr.mutualis.api.plan;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One entry of an action's history: who changed it, when, and each changed field's old and new value. */
public record ActionChange(UUID id, OffsetDateTime at, String actorName, String kind,
        Map<String, Object> changes) {
}
