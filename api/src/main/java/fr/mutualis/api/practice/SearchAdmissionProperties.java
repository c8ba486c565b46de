package fr.mutualis.api.practice;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many searches of the library one api instance runs at once; the others wait their turn (ADR 0024).
 *
 * @param concurrency searches in progress at once, kept answers and searches in PostgreSQL alike; 0 (the default):
 *        twice the processors this instance sees (4 on the 2-core machine where it was measured)
 * @param maximumWaiting searches that may wait for their turn; one more is answered 503 with {@code Retry-After}
 */
@ConfigurationProperties("mutualis.practices.search-admission")
public record SearchAdmissionProperties(@DefaultValue("0") int concurrency,
        @DefaultValue("1000") int maximumWaiting) {

    /** The searches in progress at once, with the default worked out. */
    public int effectiveConcurrency() {
        return concurrency > 0 ? concurrency : 2 * Runtime.getRuntime().availableProcessors();
    }
}
