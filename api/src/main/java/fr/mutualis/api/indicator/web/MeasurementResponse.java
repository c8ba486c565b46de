package fr.mutualis.api.indicator.web;

import fr.mutualis.api.indicator.Measurement;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** One measurement; computed ones carry their formula. */
record MeasurementResponse(String indicator, int year, BigDecimal value, String source, String comment,
        boolean confidential, boolean computed, @Nullable String formula, long version, OffsetDateTime updatedAt) {

    static MeasurementResponse of(Measurement m) {
        return new MeasurementResponse(m.indicator(), m.year(), m.value(), m.source(), m.comment(), m.confidential(),
                m.computed(), m.formula(), m.version(), m.updatedAt());
    }
}
