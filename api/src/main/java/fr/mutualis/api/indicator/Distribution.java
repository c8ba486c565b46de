package fr.mutualis.api.indicator;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The statistics of a group of shared values (never a confidential one). Below 3 values only the count is given:
 * every other figure is null.
 */
public record Distribution(long count, @Nullable BigDecimal min, @Nullable BigDecimal p25,
        @Nullable BigDecimal median, @Nullable BigDecimal p75, @Nullable BigDecimal max, @Nullable BigDecimal mean) {

    public static final int MINIMUM_PEERS = 3;

    public boolean shown() {
        return count >= MINIMUM_PEERS && median != null;
    }
}
