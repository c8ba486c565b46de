package fr.mutualis.api.opendata;

import java.util.ArrayList;
import java.util.List;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;

/**
 * A dataset read by one SQL query whose result columns are named like the dataset's columns. The query is a feature's
 * own SQL (kept beside its other SQL); it runs as a visitor, so row-level security shows it public rows only.
 */
public record SqlDataset(String name, String description, List<OpenDataColumn> columns, String sql,
        DatabaseClient database) implements OpenDataset {

    @Override
    public Flux<List<Object>> rows() {
        return database.sql(sql).map(row -> {
            List<Object> values = new ArrayList<>(columns.size());
            for (OpenDataColumn column : columns) {
                Object value = row.get(column.name());
                values.add(value instanceof java.time.temporal.TemporalAccessor ? value.toString() : value);
            }
            return values;
        }).all();
    }
}
