package fr.mutualis.portal.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.mutualis.portal.shared.forms.FormFields;
import org.jspecify.annotations.Nullable;

/**
 * The action form as typed. Indicators are one per line: {@code CODE;target;year} (target and year optional).
 *
 * @param title title
 * @param description description
 * @param objective objective
 * @param theme theme
 * @param status status
 * @param priority priority
 * @param startDate start date (ISO)
 * @param dueDate due date (ISO)
 * @param pilot pilot
 * @param budget budget in euros
 * @param progress progress 0–100
 * @param parentActionId parent, for a sub-action
 * @param indicators linked indicators, one per line
 * @param version the version the user saw (changes only)
 */
public record ActionForm(@Nullable String title, @Nullable String description, @Nullable String objective,
		@Nullable String theme, @Nullable String status, @Nullable String priority, @Nullable String startDate,
		@Nullable String dueDate, @Nullable String pilot, @Nullable String budget, @Nullable String progress,
		@Nullable String parentActionId, @Nullable String indicators, @Nullable String version) {

	static final FormFields FIELDS = FormFields.of("plans.action", "title", "theme", "description", "objective",
			"status", "priority", "startDate", "dueDate", "pilot", "budget", "progress", "parentActionId",
			"indicators");

	static ActionForm empty(@Nullable String parent) {
		return new ActionForm("", "", "", "", "PLANNED", "MEDIUM", "", "", "", "", "0", parent, "", null);
	}

	static ActionForm of(PlanAction action, String version) {
		StringBuilder indicators = new StringBuilder();
		action.indicators().forEach((indicator) -> indicators.append(indicator.code())
			.append(';').append((indicator.target() != null) ? indicator.target().toPlainString() : "")
			.append(';').append((indicator.targetYear() != null) ? indicator.targetYear() : "").append('\n'));
		return new ActionForm(action.title(), action.description(), action.objective(), action.theme(),
				action.status(), action.priority(), text(action.startDate()), text(action.dueDate()), action.pilot(),
				(action.budget() != null) ? action.budget().toPlainString() : "", Integer.toString(action.progress()),
				action.parentActionId(), indicators.toString().strip(), version);
	}

	ActionForm atVersion(String current) {
		return new ActionForm(this.title, this.description, this.objective, this.theme, this.status, this.priority,
				this.startDate, this.dueDate, this.pilot, this.budget, this.progress, this.parentActionId,
				this.indicators, current);
	}

	/** Fields the portal can tell are wrong before asking the api: field → message key. */
	Map<String, String> wrongValues() {
		Map<String, String> wrong = new LinkedHashMap<>();
		if (filled(this.budget) && decimal(this.budget) == null) {
			wrong.put("budget", "plans.action.invalid.budget");
		}
		if (filled(this.progress) && !this.progress.strip().matches("\\d{1,3}")) {
			wrong.put("progress", "plans.action.invalid.progress");
		}
		if (filled(this.indicators) && indicatorList() == null) {
			wrong.put("indicators", "plans.action.invalid.indicators");
		}
		return wrong;
	}

	/** The JSON the api takes; blank fields are left out (a change leaves them as they are). */
	Map<String, @Nullable Object> toJson() {
		Map<String, @Nullable Object> json = new LinkedHashMap<>();
		put(json, "title", this.title);
		put(json, "description", this.description);
		put(json, "objective", this.objective);
		put(json, "theme", this.theme);
		put(json, "status", this.status);
		put(json, "priority", this.priority);
		put(json, "startDate", this.startDate);
		put(json, "dueDate", this.dueDate);
		put(json, "pilot", this.pilot);
		if (filled(this.budget)) {
			json.put("budget", decimal(this.budget));
		}
		if (filled(this.progress)) {
			json.put("progress", Integer.parseInt(this.progress.strip()));
		}
		put(json, "parentActionId", this.parentActionId);
		List<Map<String, Object>> linked = indicatorList();
		json.put("indicators", (linked != null) ? linked : List.of());
		return json;
	}

	private @Nullable List<Map<String, Object>> indicatorList() {
		List<Map<String, Object>> linked = new ArrayList<>();
		if (!filled(this.indicators)) {
			return linked;
		}
		for (String line : this.indicators.strip().split("\\R")) {
			String[] parts = line.split(";", -1);
			Map<String, Object> indicator = new LinkedHashMap<>();
			indicator.put("code", parts[0].strip().toUpperCase(java.util.Locale.ROOT));
			if (parts.length > 1 && filled(parts[1])) {
				BigDecimal target = decimal(parts[1]);
				if (target == null) {
					return null;
				}
				indicator.put("target", target);
			}
			if (parts.length > 2 && filled(parts[2])) {
				if (!parts[2].strip().matches("\\d{4}")) {
					return null;
				}
				indicator.put("targetYear", Integer.parseInt(parts[2].strip()));
			}
			linked.add(indicator);
		}
		return linked;
	}

	private static void put(Map<String, @Nullable Object> json, String field, @Nullable String value) {
		if (filled(value)) {
			json.put(field, value.strip());
		}
	}

	private static boolean filled(@Nullable String value) {
		return value != null && !value.isBlank();
	}

	private static @Nullable BigDecimal decimal(String value) {
		try {
			return new BigDecimal(value.replaceAll("[\\s\u00A0\u202F€]", "").replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String text(@Nullable Object value) {
		return (value != null) ? value.toString() : "";
	}

}
