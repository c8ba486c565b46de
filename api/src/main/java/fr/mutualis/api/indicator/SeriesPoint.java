package fr.mutualis.api.indicator;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** One year of a time series: the authority's value and its peers' median (null under 3 peers). */
public record SeriesPoint(int year, @Nullable BigDecimal value, @Nullable BigDecimal normalizedValue,
        long peerCount, @Nullable BigDecimal peerMedian) {
}
