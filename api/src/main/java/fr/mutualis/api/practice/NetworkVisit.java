package fr.mutualis.api.practice;

import java.time.OffsetDateTime;

/**
 * A person's visits to "new in the network": {@code since} is the baseline to compare with (the start of the previous
 * visit, or 30 days before a first visit), {@code lastVisitAt} the visit just recorded.
 */
public record NetworkVisit(OffsetDateTime since, OffsetDateTime lastVisitAt, boolean firstVisit) {
}
