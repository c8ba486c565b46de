package fr.mutualis.api.reuse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** Shares as percentages with one decimal; none when the base is zero. */
final class Percent {

    private Percent() {
    }

    static @Nullable BigDecimal of(long part, long whole) {
        return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    static @Nullable BigDecimal of(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return null;
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    static @Nullable Boolean met(@Nullable BigDecimal value, @Nullable BigDecimal target) {
        return value == null || target == null ? null : value.compareTo(target) >= 0;
    }
}
