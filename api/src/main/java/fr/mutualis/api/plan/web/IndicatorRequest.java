package fr.mutualis.api.plan.web;

import fr.mutualis.api.plan.LinkedIndicator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An indicator linked to an action. The code is checked against the pattern of catalogue codes; checking it against
 * the catalogue itself comes with the indicators feature.
 */
record IndicatorRequest(
        @NotNull @Pattern(regexp = LinkedIndicator.CODE_PATTERN, message = "must be an indicator code such as AGENTS_TRAINED")
        @Nullable String code,
        @Nullable BigDecimal target,
        @Nullable @Min(2000) @Max(2100) Integer targetYear) {

    LinkedIndicator toIndicator() {
        return new LinkedIndicator(String.valueOf(code), target, targetYear);
    }
}
