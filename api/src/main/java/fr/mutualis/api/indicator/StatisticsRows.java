package fr.mutualis.api.indicator;

import static fr.mutualis.api.shared.web.SqlParameters.text;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Calls the statistics functions of V4__indicators.sql, the one place where normalisation, percentiles, ranks and
 * the threshold of 3 values are computed. Nothing here computes a figure.
 */
@Repository
class StatisticsRows {

    /** The indicator ({@link IndicatorRows#FIND}) and, unless it is the authority's own, its comparison. */
    private static final String COMPARISON = "SELECT * FROM (" + IndicatorRows.FIND + ") i "
            + "LEFT JOIN LATERAL indicator_comparison($1, i.code, $3, $4) c ON NOT i.custom";

    private static final String SERIES = """
            SELECT y AS year, c.value, c.normalized_value, c.peer_count, c.median
            FROM generate_series($3::int, $4::int) AS y, LATERAL indicator_comparison($1, $2, y, $5) c
            ORDER BY y""";

    private static final String STATISTICS = "SELECT * FROM indicator_statistics($1, $2, $3, $4)";

    private final DatabaseClient database;

    StatisticsRows(DatabaseClient database) {
        this.database = database;
    }

    /**
     * The indicator with this code and the authority among its peers, in one statement; empty if no indicator has
     * this code (at most one row: custom codes start with X_, the catalogue's never do). A custom indicator comes
     * without figures: it is never compared.
     */
    Mono<Compared> comparison(UUID tenant, String code, int year, PeerGroup peers) {
        return database.sql(COMPARISON).bind("$1", tenant).bind("$2", code).bind("$3", year).bind("$4", peers.name())
                .map(row -> new Compared(IndicatorRows.indicator(row), new Row(row.get("value", BigDecimal.class),
                        row.get("normalized_value", BigDecimal.class),
                        Boolean.TRUE.equals(row.get("confidential", Boolean.class)),
                        distribution(row, "peer_count"), row.get("rank", Long.class),
                        row.get("percentile", BigDecimal.class))))
                .one();
    }

    Mono<Integer> latestYear(UUID tenant, String code) {
        return database.sql("SELECT max(year) AS y FROM measurement WHERE tenant_id = $1 AND indicator_code = $2")
                .bind("$1", tenant).bind("$2", code)
                .map(row -> java.util.Optional.ofNullable(row.get("y", Integer.class))).one()
                .flatMap(Mono::justOrEmpty);
    }

    Flux<SeriesPoint> series(UUID tenant, String code, int from, int to, PeerGroup peers) {
        return database.sql(SERIES).bind("$1", tenant).bind("$2", code).bind("$3", from).bind("$4", to)
                .bind("$5", peers.name())
                .map(row -> new SeriesPoint(row.get("year", Integer.class), row.get("value", BigDecimal.class),
                        row.get("normalized_value", BigDecimal.class), count(row, "peer_count"),
                        row.get("median", BigDecimal.class)))
                .all();
    }

    Mono<Distribution> statistics(String code, int year, @Nullable String kind, @Nullable String region) {
        return database.sql(STATISTICS).bind("$1", code).bind("$2", year).bind("$3", text(kind))
                .bind("$4", text(region)).map(row -> distribution(row, "count")).one();
    }

    private static Distribution distribution(Readable row, String countColumn) {
        return new Distribution(count(row, countColumn), row.get("min", BigDecimal.class),
                row.get("p25", BigDecimal.class), row.get("median", BigDecimal.class), row.get("p75", BigDecimal.class),
                row.get("max", BigDecimal.class), row.get("mean", BigDecimal.class));
    }

    private static long count(Readable row, String column) {
        Long count = row.get(column, Long.class);
        return count == null ? 0 : count;
    }

    /** An indicator and what the comparison function answered for it. */
    record Compared(Indicator indicator, Row row) {
    }

    /** What the comparison function answers, before the indicator is attached. */
    record Row(@Nullable BigDecimal value, @Nullable BigDecimal normalizedValue, boolean confidential,
            Distribution peerGroup, @Nullable Long rank, @Nullable BigDecimal percentile) {
    }
}
