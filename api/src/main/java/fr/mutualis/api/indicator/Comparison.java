package fr.mutualis.api.indicator;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An authority's value for an indicator and a year among its peers. {@code rank} (1 is best) and {@code percentile}
 * (share of the other peers it does better than) follow the indicator's better direction; both are null when the
 * authority has no comparable value or when the group has fewer than 3 values.
 */
public record Comparison(Indicator indicator, int year, PeerGroup peers, @Nullable BigDecimal value,
        @Nullable BigDecimal normalizedValue, boolean confidential, Distribution peerGroup, @Nullable Long rank,
        @Nullable BigDecimal percentile) {
}
