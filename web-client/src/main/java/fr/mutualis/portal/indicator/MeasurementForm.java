package fr.mutualis.portal.indicator;

import java.math.BigDecimal;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;

import fr.mutualis.portal.shared.forms.FormFields;
import org.jspecify.annotations.Nullable;

/**
 * The form to enter the value of an indicator for a year, as sent (WebFlux binds form fields to it).
 *
 * @param indicator the indicator's code
 * @param year the year
 * @param value the value as typed (a comma or a dot for decimals)
 * @param source where it comes from
 * @param comment a comment
 * @param confidential "on" when the value stays out of everyone else's figures
 */
public record MeasurementForm(@Nullable String indicator, @Nullable String year, @Nullable String value,
		@Nullable String source, @Nullable String comment, @Nullable String confidential) {

	static final FormFields FIELDS = FormFields.of("indicators.measurement", "indicator", "year", "value", "source", "comment",
			"confidential");

	static MeasurementForm empty(@Nullable String indicator, @Nullable Integer year) {
		int shown = (year != null) ? year : Year.now().getValue() - 1;
		return new MeasurementForm(indicator, String.valueOf(shown), "", "", "", null);
	}

	static MeasurementForm of(Measurement measurement) {
		return new MeasurementForm(measurement.indicator(), String.valueOf(measurement.year()),
				measurement.value().stripTrailingZeros().toPlainString(), measurement.source(), measurement.comment(),
				measurement.confidential() ? "on" : null);
	}

	public boolean isConfidential() {
		return this.confidential != null && !this.confidential.isBlank();
	}

	/** What the portal can tell is wrong before asking the api: field → message key. */
	Map<String, String> problems() {
		Map<String, String> found = new HashMap<>();
		if (this.indicator == null || !this.indicator.matches("[A-Z][A-Z0-9_]+")) {
			found.put("indicator", "indicators.measurement.invalid.indicator");
		}
		if (yearValue() == null) {
			found.put("year", "indicators.measurement.invalid.year");
		}
		if (number() == null) {
			found.put("value", "indicators.measurement.invalid.value");
		}
		return found;
	}

	@Nullable Integer yearValue() {
		try {
			return (this.year == null) ? null : Integer.valueOf(this.year.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** The value typed, with a comma or a dot, spaces ignored; null when it is not a number. */
	@Nullable BigDecimal number() {
		if (this.value == null || this.value.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(this.value.replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "").replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	Map<String, Object> body() {
		Map<String, Object> body = new HashMap<>();
		body.put("value", number());
		body.put("source", (this.source != null) ? this.source.strip() : "");
		body.put("comment", (this.comment != null) ? this.comment.strip() : "");
		body.put("confidential", isConfidential());
		return body;
	}

}
