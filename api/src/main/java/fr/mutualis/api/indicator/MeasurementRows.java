package fr.mutualis.api.indicator;

import static fr.mutualis.api.shared.web.SqlParameters.integer;
import static fr.mutualis.api.shared.web.SqlParameters.text;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The SQL of measurements. Every statement filters on the tenant explicitly, RLS checks it a second time. */
@Repository
class MeasurementRows {

    private static final String SELECT = """
            SELECT indicator_code, year, value, source, comment, confidential, computed, formula, version, updated_at
            FROM measurement WHERE tenant_id = $1""";

    private static final String LIST = SELECT + """
             AND ($2::text IS NULL OR indicator_code = $2) AND ($3::int IS NULL OR year >= $3)
             AND ($4::int IS NULL OR year <= $4)
             AND ($5::text IS NULL OR (indicator_code, year) > ($5, $6::int))
            ORDER BY indicator_code, year LIMIT $7""";

    private static final String INSERT = """
            INSERT INTO measurement (tenant_id, id, indicator_code, year, value, source, comment, confidential,
                                     computed, formula)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)""";

    private static final String UPDATE = """
            UPDATE measurement SET value = $4, source = $5, comment = $6, confidential = $7, computed = false,
                                   formula = NULL, version = version + 1, updated_at = now()
            WHERE tenant_id = $1 AND indicator_code = $2 AND year = $3""";

    /** A computed value replaces a computed one, never a value entered by hand. */
    private static final String UPSERT_COMPUTED = """
            INSERT INTO measurement (tenant_id, id, indicator_code, year, value, source, computed, formula)
            VALUES ($1, $2, $3, $4, $5, 'Mutualis', true, $6)
            ON CONFLICT (tenant_id, indicator_code, year) DO UPDATE
                SET value = excluded.value, formula = excluded.formula, version = measurement.version + 1,
                    updated_at = now()
                WHERE measurement.computed AND (measurement.value <> excluded.value
                                                OR measurement.formula IS DISTINCT FROM excluded.formula)""";

    private final DatabaseClient database;

    MeasurementRows(DatabaseClient database) {
        this.database = database;
    }

    Mono<Measurement> find(UUID tenant, String code, int year) {
        return database.sql(SELECT + " AND indicator_code = $2 AND year = $3 FOR UPDATE")
                .bind("$1", tenant).bind("$2", code).bind("$3", year).map(MeasurementRows::measurement).one();
    }

    Flux<Measurement> list(UUID tenant, @Nullable String code, @Nullable Integer from, @Nullable Integer to,
            @Nullable String afterCode, @Nullable Integer afterYear, int limit) {
        return database.sql(LIST).bind("$1", tenant).bind("$2", text(code)).bind("$3", integer(from))
                .bind("$4", integer(to)).bind("$5", text(afterCode)).bind("$6", integer(afterYear))
                .bind("$7", limit).map(MeasurementRows::measurement).all();
    }

    Mono<Long> insert(UUID tenant, UUID id, String code, int year, MeasurementInput input) {
        return database.sql(INSERT).bind("$1", tenant).bind("$2", id).bind("$3", code).bind("$4", year)
                .bind("$5", input.value()).bind("$6", input.source()).bind("$7", input.comment())
                .bind("$8", input.confidential()).bind("$9", false).bind("$10", text(null))
                .fetch().rowsUpdated();
    }

    Mono<Long> update(UUID tenant, String code, int year, MeasurementInput input) {
        return database.sql(UPDATE).bind("$1", tenant).bind("$2", code).bind("$3", year).bind("$4", input.value())
                .bind("$5", input.source()).bind("$6", input.comment()).bind("$7", input.confidential())
                .fetch().rowsUpdated();
    }

    Mono<Long> upsertComputed(UUID tenant, UUID id, String code, int year, BigDecimal value, String formula) {
        return database.sql(UPSERT_COMPUTED).bind("$1", tenant).bind("$2", id).bind("$3", code).bind("$4", year)
                .bind("$5", value).bind("$6", formula).fetch().rowsUpdated();
    }

    Mono<Long> deleteComputed(UUID tenant, String code, int year) {
        return database.sql("DELETE FROM measurement WHERE tenant_id = $1 AND indicator_code = $2 AND year = $3 "
                        + "AND computed").bind("$1", tenant).bind("$2", code).bind("$3", year)
                .fetch().rowsUpdated();
    }

    private static Measurement measurement(Readable row) {
        return new Measurement(row.get("indicator_code", String.class), row.get("year", Integer.class),
                row.get("value", BigDecimal.class), row.get("source", String.class), row.get("comment", String.class),
                Boolean.TRUE.equals(row.get("confidential", Boolean.class)),
                Boolean.TRUE.equals(row.get("computed", Boolean.class)), row.get("formula", String.class),
                row.get("version", Long.class), row.get("updated_at", OffsetDateTime.class));
    }
}
