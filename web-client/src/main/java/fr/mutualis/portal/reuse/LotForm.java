package fr.mutualis.portal.reuse;

import java.util.HashMap;
import java.util.Map;

import fr.mutualis.portal.shared.forms.FormFields;
import org.jspecify.annotations.Nullable;

/**
 * A lot as the declaration form sends it (text, so that what the user typed comes back on a 400).
 *
 * @param category the equipment category
 * @param quantity the number of units
 * @param averageAgeYears their average age
 * @param condition their state
 * @param dataErasureRequired "true" when data must be erased first
 * @param departmentCode where the equipment is
 * @param destination external reuse, internal redeployment or recycling
 * @param retiredOn when it was retired
 * @param description free text
 */
record LotForm(@Nullable String category, @Nullable String quantity, @Nullable String averageAgeYears,
		@Nullable String condition, @Nullable String dataErasureRequired, @Nullable String departmentCode,
		@Nullable String destination, @Nullable String retiredOn, @Nullable String description) {

	static final FormFields FIELDS = FormFields.of("reuse.lot", "category", "quantity", "averageAgeYears", "condition",
			"dataErasureRequired", "departmentCode", "destination", "retiredOn", "description");

	static LotForm empty() {
		return new LotForm(null, null, null, "WORKING", "true", null, "EXTERNAL_REUSE", null, null);
	}

	/** Fields that are not numbers where numbers are expected: field → message key (checked before the api). */
	Map<String, String> wrongNumbers() {
		Map<String, String> wrong = new java.util.LinkedHashMap<>();
		if (!isNumber(this.quantity, true)) {
			wrong.put("quantity", "reuse.lot.invalid.quantity");
		}
		if (!isNumber(this.averageAgeYears, false)) {
			wrong.put("averageAgeYears", "reuse.lot.invalid.averageAgeYears");
		}
		return wrong;
	}

	/** Blank (the api then names the missing field) or a number: whole when {@code whole}. */
	static boolean isNumber(@Nullable String value, boolean whole) {
		if (value == null || value.isBlank()) {
			return true;
		}
		Object parsed = number(value);
		return parsed instanceof java.math.BigDecimal decimal && (!whole || decimal.stripTrailingZeros().scale() <= 0);
	}

	/** The api's body; numbers the user mistyped are sent as typed, so that the api names the field. */
	Map<String, @Nullable Object> body() {
		Map<String, @Nullable Object> body = new HashMap<>();
		body.put("category", blankToNull(this.category));
		body.put("quantity", number(this.quantity));
		body.put("averageAgeYears", number(this.averageAgeYears));
		body.put("condition", blankToNull(this.condition));
		body.put("dataErasureRequired", "true".equals(this.dataErasureRequired));
		body.put("departmentCode", blankToNull(this.departmentCode));
		body.put("destination", blankToNull(this.destination));
		body.put("retiredOn", blankToNull(this.retiredOn));
		body.put("description", blankToNull(this.description));
		return body;
	}

	static @Nullable Object number(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return new java.math.BigDecimal(value.strip().replace(',', '.').replace(" ", "").replace("\u00a0", ""));
		}
		catch (NumberFormatException ex) {
			return value;
		}
	}

	static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
