package fr.mutualis.api.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Manufacturing and distribution footprint of one device of a category, with its source and licence note. */
public record FootprintFactor(String category, int version, BigDecimal kgCo2e, BigDecimal lifespanYears,
        String source, String licenceNote, String recordedBy, OffsetDateTime recordedAt) {
}
