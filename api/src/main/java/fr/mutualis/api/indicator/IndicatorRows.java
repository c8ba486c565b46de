package fr.mutualis.api.indicator;

import io.r2dbc.spi.Readable;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The SQL of the catalogue and of custom indicators. Callers run it inside a {@code Tenancy} transaction. */
@Repository
class IndicatorRows {

    private static final String CATALOGUE = """
            SELECT code, name_fr, name_en, unit, value_kind, better_when, normalization, theme, definition, source,
                   false AS custom
            FROM indicator""";

    private static final String CUSTOM = """
            SELECT code, name AS name_fr, name AS name_en, unit, value_kind, better_when, 'NONE' AS normalization,
                   theme, definition, '' AS source, true AS custom
            FROM custom_indicator WHERE tenant_id = $1""";

    private final DatabaseClient database;

    IndicatorRows(DatabaseClient database) {
        this.database = database;
    }

    Flux<Indicator> catalogue() {
        return database.sql(CATALOGUE + " ORDER BY theme, code").map(IndicatorRows::indicator).all();
    }

    Flux<Indicator> custom(UUID tenant) {
        return database.sql(CUSTOM + " ORDER BY code").bind("$1", tenant).map(IndicatorRows::indicator).all();
    }

    /** The catalogue indicator, or the authority $1's custom one, with the code $2. */
    static final String FIND = CATALOGUE + " WHERE code = $2 UNION ALL " + CUSTOM + " AND code = $2";

    /** The catalogue indicator, or the authority's custom one, with this code. */
    Mono<Indicator> find(UUID tenant, String code) {
        return database.sql(FIND).bind("$1", tenant).bind("$2", code).map(IndicatorRows::indicator).first();
    }

    Mono<Indicator> findShared(String code) {
        return database.sql(CATALOGUE + " WHERE code = $1").bind("$1", code).map(IndicatorRows::indicator).one();
    }

    Mono<Long> insertShared(Indicator indicator) {
        return database.sql("""
                        INSERT INTO indicator (code, name_fr, name_en, unit, value_kind, better_when, normalization, theme,
                                               definition, source)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (code) DO NOTHING""")
                .bind("$1", indicator.code()).bind("$2", indicator.nameFr()).bind("$3", indicator.nameEn())
                .bind("$4", indicator.unit()).bind("$5", indicator.valueKind().name())
                .bind("$6", indicator.betterWhen()).bind("$7", indicator.normalization())
                .bind("$8", indicator.theme()).bind("$9", indicator.definition()).bind("$10", indicator.source())
                .fetch().rowsUpdated();
    }

    Mono<Long> insertCustom(UUID tenant, UUID id, Indicator indicator) {
        return database.sql("""
                        INSERT INTO custom_indicator (tenant_id, id, code, name, unit, value_kind, better_when, theme,
                                                      definition)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (tenant_id, code) DO NOTHING""")
                .bind("$1", tenant).bind("$2", id).bind("$3", indicator.code()).bind("$4", indicator.nameFr())
                .bind("$5", indicator.unit()).bind("$6", indicator.valueKind().name())
                .bind("$7", indicator.betterWhen()).bind("$8", indicator.theme())
                .bind("$9", indicator.definition())
                .fetch().rowsUpdated();
    }

    static Indicator indicator(Readable row) {
        return new Indicator(row.get("code", String.class), row.get("name_fr", String.class),
                row.get("name_en", String.class), row.get("unit", String.class),
                ValueKind.valueOf(row.get("value_kind", String.class)), row.get("better_when", String.class),
                row.get("normalization", String.class), row.get("theme", String.class),
                row.get("definition", String.class), row.get("source", String.class),
                Boolean.TRUE.equals(row.get("custom", Boolean.class)), null);
    }
}
