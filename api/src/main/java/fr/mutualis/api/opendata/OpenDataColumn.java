package fr.mutualis.api.opendata;

/**
 * A column of an open dataset, described as a Frictionless Table Schema field.
 *
 * @param name the column name (snake_case, as in the CSV header and the JSON keys)
 * @param type {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code date} or {@code datetime}
 * @param description what the column means, in French
 */
public record OpenDataColumn(String name, String type, String description) {

    public static OpenDataColumn text(String name, String description) {
        return new OpenDataColumn(name, "string", description);
    }

    public static OpenDataColumn integer(String name, String description) {
        return new OpenDataColumn(name, "integer", description);
    }

    public static OpenDataColumn date(String name, String description) {
        return new OpenDataColumn(name, "date", description);
    }

    public static OpenDataColumn dateTime(String name, String description) {
        return new OpenDataColumn(name, "datetime", description);
    }

    public static OpenDataColumn number(String name, String description) {
        return new OpenDataColumn(name, "number", description);
    }
}
