package fr.mutualis.api.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** The value of one indicator for one authority and one year. */
public record Measurement(String indicator, int year, BigDecimal value, String source, String comment,
        boolean confidential, boolean computed, @Nullable String formula, long version, OffsetDateTime updatedAt) {

    boolean sameAs(MeasurementInput input) {
        return value.compareTo(input.value()) == 0 && source.equals(input.source())
                && comment.equals(input.comment()) && confidential == input.confidential() && !computed;
    }
}
