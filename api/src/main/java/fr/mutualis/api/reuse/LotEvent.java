package fr.mutualis.api.reuse;

import java.time.OffsetDateTime;

/** One step of a lot's timeline. */
public record LotEvent(LotStatus status, String actor, OffsetDateTime occurredAt) {
}
