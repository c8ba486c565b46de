package fr.mutualis.api.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes), separated by {@code ;}
 * or {@code ,} as its header line says; a UTF-8 byte-order mark is ignored. Small on purpose: see docs/adr/0009.
 */
final class CsvTable {

    private CsvTable() {
    }

    static char separatorOf(String text) {
        String header = text.lines().findFirst().orElse("");
        return header.chars().filter(c -> c == ';').count() >= header.chars().filter(c -> c == ',').count() ? ';' : ',';
    }

    /** Every record, each a list of fields; blank lines are skipped. An unclosed quote ends at the end of the text. */
    static List<List<String>> parse(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = separatorOf(body);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                endRow(rows, row, field);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        endRow(rows, row, field);
        return rows;
    }

    private static void endRow(List<List<String>> rows, List<String> row, StringBuilder field) {
        row.add(field.toString());
        field.setLength(0);
        if (!(row.size() == 1 && row.getFirst().isBlank())) {
            rows.add(row);
        }
    }

    static String line(List<String> fields, char separator) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(separator);
            }
            String value = fields.get(i);
            boolean quote = value.indexOf(separator) >= 0 || value.contains("\"") || value.contains("\n")
                    || value.contains("\r");
            line.append(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
        }
        return line.append("\r\n").toString();
    }
}
