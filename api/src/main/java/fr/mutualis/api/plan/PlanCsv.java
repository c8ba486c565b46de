package fr.mutualis.api.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A plan's actions as CSV: the columns, the French (or English) headers accepted for each, and the checks of every
 * cell. Parsing collects every error of every row; nothing is imported until the file has none.
 */
public final class PlanCsv {

    /** Columns in export order: field name, French header, other accepted headers (compared without accents). */
    private static final List<List<String>> COLUMNS = List.of(
            List.of("title", "Titre", "intitule", "action"),
            List.of("description", "Description"),
            List.of("objective", "Objectif"),
            List.of("theme", "Thème", "thematique"),
            List.of("status", "Statut", "etat"),
            List.of("priority", "Priorité"),
            List.of("startDate", "Début", "date de debut", "start date"),
            List.of("dueDate", "Échéance", "date d echeance", "due date", "fin"),
            List.of("pilot", "Pilote"),
            List.of("budget", "Budget", "budget eur", "budget ht"),
            List.of("progress", "Avancement", "avancement en pourcentage"));

    private static final Map<String, ActionStatus> STATUSES = Map.of("prevue", ActionStatus.PLANNED,
            "a faire", ActionStatus.PLANNED, "en cours", ActionStatus.IN_PROGRESS, "terminee", ActionStatus.DONE,
            "realisee", ActionStatus.DONE, "en pause", ActionStatus.PAUSED, "abandonnee", ActionStatus.ABANDONED,
            "bloquee", ActionStatus.BLOCKED);
    private static final Map<String, Priority> PRIORITIES = Map.of("haute", Priority.HIGH, "moyenne", Priority.MEDIUM,
            "basse", Priority.LOW);
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private PlanCsv() {
    }

    /** One problem of one cell (or of the header: line 1). */
    public record RowError(int line, String field, String message) {
    }

    /** The actions read from a file and every error found in it. */
    public record Parsed(List<ActionDraft> actions, List<RowError> errors) {
    }

    public static String write(List<Action> actions) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(CsvTable.line(COLUMNS.stream().map(column -> column.get(1)).toList(), ';'));
        for (Action action : actions) {
            csv.append(CsvTable.line(List.of(action.title(), action.description(), text(action.objective()),
                    action.theme().name(), action.status().name(), action.priority().name(), text(action.startDate()),
                    text(action.dueDate()), text(action.pilot()),
                    action.budget() == null ? "" : action.budget().toPlainString(),
                    Integer.toString(action.progress())), ';'));
        }
        return csv.toString();
    }

    public static Parsed parse(String text) {
        List<List<String>> rows = CsvTable.parse(text);
        List<RowError> errors = new ArrayList<>();
        if (rows.isEmpty()) {
            return new Parsed(List.of(), List.of(new RowError(1, "file", "the file is empty")));
        }
        Map<String, Integer> positions = header(rows.getFirst(), errors);
        List<ActionDraft> actions = new ArrayList<>();
        for (int index = 1; index < rows.size() && errors.size() < 500; index++) {
            actions.add(new CsvRow(rows.get(index), positions, index + 1, errors).draft());
        }
        if (rows.size() == 1 && errors.isEmpty()) {
            errors.add(new RowError(2, "file", "the file has a header but no action"));
        }
        return new Parsed(actions, errors);
    }

    private static Map<String, Integer> header(List<String> names, List<RowError> errors) {
        Map<String, Integer> positions = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = Theme.simplify(names.get(i));
            int position = i;
            COLUMNS.stream().filter(column -> column.stream().anyMatch(alias -> Theme.simplify(alias).equals(name)))
                    .findFirst().ifPresentOrElse(column -> positions.put(column.getFirst(), position),
                            () -> errors.add(new RowError(1, names.get(position).strip(), "unknown column")));
        }
        for (String required : List.of("title", "theme")) {
            if (!positions.containsKey(required)) {
                errors.add(new RowError(1, required, "the column " + required + " is missing"));
            }
        }
        return positions;
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }

    /** The cells of one row, read into an action; each bad cell adds an error. */
    private record CsvRow(List<String> cells, Map<String, Integer> positions, int line, List<RowError> errors) {

        ActionDraft draft() {
            String title = cell("title");
            if (title == null || title.length() < 2 || title.length() > 200) {
                error("title", "a title of 2 to 200 characters is required");
            }
            String theme = cell("theme");
            Theme parsedTheme = theme == null ? null : Theme.parse(theme).orElse(null);
            if (parsedTheme == null) {
                error("theme", theme == null ? "a theme is required" : "unknown theme \"" + theme + "\"");
            }
            LocalDate start = date("startDate");
            LocalDate due = date("dueDate");
            if (start != null && due != null && due.isBefore(start)) {
                error("dueDate", "the due date is before the start date");
            }
            return new ActionDraft(title, orEmpty(cell("description")), cell("objective"), parsedTheme,
                    choice("status", STATUSES, ActionStatus.class), choice("priority", PRIORITIES, Priority.class),
                    start, due, cell("pilot"), budget(), progress(), null, null);
        }

        @Nullable String cell(String field) {
            Integer position = positions.get(field);
            if (position == null || position >= cells.size() || cells.get(position).isBlank()) {
                return null;
            }
            return cells.get(position).strip();
        }

        <E extends Enum<E>> @Nullable E choice(String field, Map<String, E> french, Class<E> type) {
            String value = cell(field);
            if (value == null) {
                return null;
            }
            String simple = Theme.simplify(value);
            for (E constant : type.getEnumConstants()) {
                if (Theme.simplify(constant.name()).equals(simple)) {
                    return constant;
                }
            }
            E found = french.get(simple);
            if (found == null) {
                error(field, "unknown value \"" + value + "\"");
            }
            return found;
        }

        @Nullable LocalDate date(String field) {
            String value = cell(field);
            try {
                return value == null ? null
                        : value.contains("/") ? LocalDate.parse(value, FRENCH_DATE) : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                error(field, "\"" + value + "\" is not a date (2025-03-31 or 31/03/2025)");
                return null;
            }
        }

        @Nullable BigDecimal budget() {
            String value = cell("budget");
            try {
                BigDecimal budget = value == null ? null : new BigDecimal(value.replaceAll("[\\s\u00A0\u202F€]", "")
                        .replace(',', '.'));
                if (budget != null && (budget.signum() < 0 || budget.precision() - budget.scale() > 12)) {
                    error("budget", "the budget must be a positive amount in euros");
                }
                return budget;
            } catch (NumberFormatException e) {
                error("budget", "\"" + value + "\" is not an amount in euros");
                return null;
            }
        }

        @Nullable Integer progress() {
            String value = cell("progress");
            try {
                Integer progress = value == null ? null : Integer.valueOf(value.replace("%", "").strip());
                if (progress != null && (progress < 0 || progress > 100)) {
                    error("progress", "progress goes from 0 to 100");
                }
                return progress;
            } catch (NumberFormatException e) {
                error("progress", "\"" + value + "\" is not a whole number from 0 to 100");
                return null;
            }
        }

        private static String orEmpty(@Nullable String value) {
            return value == null ? "" : value;
        }

        private void error(String field, String message) {
            errors.add(new RowError(line, field, message));
        }
    }
}
