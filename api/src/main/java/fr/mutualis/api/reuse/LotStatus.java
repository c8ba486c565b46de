package fr.mutualis.api.reuse;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an equipment lot, and the ONE place that says which moves are allowed: DECLARED → OFFERED → CLAIMED →
 * COLLECTED → PROCESSED, or CANCELLED before collection. Every move is made by {@code LotRows.move}, a conditional
 * UPDATE whose {@code WHERE status = ANY(...)} comes from {@link #sources()}: a lot in any other status is not moved
 * and the caller gets 409 {@link LotConflict}, also when two requests race for the same move.
 */
public enum LotStatus {
    DECLARED, OFFERED, CLAIMED, COLLECTED, PROCESSED, CANCELLED;

    /** The statuses from which a lot may move to this one (none for DECLARED: lots are born declared). */
    public Set<LotStatus> sources() {
        return switch (this) {
            case DECLARED -> EnumSet.noneOf(LotStatus.class);
            case OFFERED -> EnumSet.of(DECLARED);
            case CLAIMED -> EnumSet.of(OFFERED);
            case COLLECTED -> EnumSet.of(CLAIMED);
            case PROCESSED -> EnumSet.of(COLLECTED);
            case CANCELLED -> EnumSet.of(DECLARED, OFFERED, CLAIMED);
        };
    }

    public boolean canMoveTo(LotStatus target) {
        return target.sources().contains(this);
    }

    /** The column that records when a lot reached this status. */
    String timestampColumn() {
        return switch (this) {
            case DECLARED -> "created_at";
            case OFFERED -> "offered_at";
            case CLAIMED -> "claimed_at";
            case COLLECTED -> "collected_at";
            case PROCESSED -> "processed_at";
            case CANCELLED -> "cancelled_at";
        };
    }

    String[] sourceNames() {
        return sources().stream().map(Enum::name).toArray(String[]::new);
    }
}
