package fr.mutualis.portal.indicator;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The value of an indicator for a year.
 *
 * @param indicator the indicator's code
 * @param year the year
 * @param value the value, before normalisation
 * @param source where it comes from
 * @param comment a comment
 * @param confidential whether it stays out of everyone else's figures
 * @param computed whether the platform computed it
 * @param formula how, when computed
 * @param version its version
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Measurement(String indicator, int year, BigDecimal value, @Nullable String source,
		@Nullable String comment, boolean confidential, boolean computed, @Nullable String formula, long version) {
}
