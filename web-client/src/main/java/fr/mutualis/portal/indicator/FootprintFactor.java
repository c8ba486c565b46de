package fr.mutualis.portal.indicator;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The manufacturing footprint of one device of a category, with its source and licence note.
 *
 * @param category the device category
 * @param version the factor's version
 * @param kgCo2e kilograms of CO2 equivalent
 * @param lifespanYears the lifespan it is spread over
 * @param source where it comes from
 * @param licenceNote the conditions of reuse
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FootprintFactor(String category, int version, BigDecimal kgCo2e, BigDecimal lifespanYears,
		String source, String licenceNote) {
}
