package fr.mutualis.api.indicator;

import java.math.BigDecimal;

/** What an editor enters for one indicator and one year. */
public record MeasurementInput(BigDecimal value, String source, String comment, boolean confidential) {
}
