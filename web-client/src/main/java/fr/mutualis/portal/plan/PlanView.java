package fr.mutualis.portal.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A plan's actions as its page shows them: grouped by theme (in the order of the themes), each top-level action
 * followed by its sub-actions, after the filters.
 *
 * @param groups the themes that have actions, with their actions
 * @param total how many actions the plan has
 * @param shown how many the filters keep
 */
public record PlanView(List<ThemeGroup> groups, int total, int shown) {

	/** The themes of actions, in the order of the api's contract. */
	public static final List<String> THEMES = List.of("STRATEGY_GOVERNANCE", "MEASUREMENT", "PROCUREMENT",
			"EQUIPMENT_REDUCTION", "USAGE", "ECO_DESIGN", "DATA_CENTRES_HOSTING", "TRAINING_AWARENESS", "END_OF_LIFE",
			"DIGITAL_INCLUSION", "DATA_ETHICS");

	/** The statuses of actions. */
	public static final List<String> STATUSES = List.of("PLANNED", "IN_PROGRESS", "DONE", "PAUSED", "ABANDONED",
			"BLOCKED");

	/** The priorities of actions. */
	public static final List<String> PRIORITIES = List.of("HIGH", "MEDIUM", "LOW");

	/**
	 * One theme and its actions.
	 *
	 * @param theme the theme
	 * @param items its actions, each with its sub-actions
	 */
	public record ThemeGroup(String theme, List<Item> items) {
	}

	/**
	 * A top-level action and its sub-actions.
	 *
	 * @param action the action
	 * @param subActions its sub-actions
	 */
	public record Item(PlanAction action, List<PlanAction> subActions) {
	}

	static PlanView of(List<PlanAction> actions, @Nullable String theme, @Nullable String status) {
		Map<String, List<PlanAction>> children = new LinkedHashMap<>();
		actions.stream().filter((action) -> action.parentActionId() != null)
			.forEach((action) -> children.computeIfAbsent(action.parentActionId(), (id) -> new ArrayList<>()).add(action));
		Map<String, List<Item>> byTheme = new LinkedHashMap<>();
		THEMES.forEach((name) -> byTheme.put(name, new ArrayList<>()));
		int shown = 0;
		for (PlanAction action : actions) {
			if (action.parentActionId() == null && matches(action, theme, status)) {
				byTheme.computeIfAbsent(action.theme(), (name) -> new ArrayList<>())
					.add(new Item(action, children.getOrDefault(action.id(), List.of())));
				shown++;
			}
		}
		List<ThemeGroup> groups = byTheme.entrySet().stream().filter((entry) -> !entry.getValue().isEmpty())
			.map((entry) -> new ThemeGroup(entry.getKey(), List.copyOf(entry.getValue()))).toList();
		return new PlanView(groups, actions.size(), shown);
	}

	private static boolean matches(PlanAction action, @Nullable String theme, @Nullable String status) {
		return (theme == null || theme.isBlank() || theme.equals(action.theme()))
				&& (status == null || status.isBlank() || status.equals(action.status()));
	}

}
