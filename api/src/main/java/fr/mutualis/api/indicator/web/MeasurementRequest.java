package fr.mutualis.api.indicator.web;

import fr.mutualis.api.indicator.MeasurementInput;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** {@code PUT /api/v1/authorities/{slug}/measurements/{code}/{year}}. */
record MeasurementRequest(
        @NotNull @Digits(integer = 12, fraction = 4, message = "at most 12 digits and 4 decimals") BigDecimal value,
        @Nullable @Size(max = 500) String source,
        @Nullable @Size(max = 2000) String comment,
        @Nullable Boolean confidential) {

    MeasurementInput toInput() {
        return new MeasurementInput(value, source == null ? "" : source.strip(), comment == null ? "" : comment.strip(),
                Boolean.TRUE.equals(confidential));
    }
}
