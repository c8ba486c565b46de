package fr.mutualis.api.indicator;

import static fr.mutualis.api.shared.web.SqlParameters.text;

import fr.mutualis.api.shared.tenancy.TenantContext;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Calls the statistics functions of V4__indicators.sql (kept figures: V12 and V14; a member's comparison: V15), the
 * one place where normalisation, percentiles, ranks and the threshold of 3 values are computed. Nothing here computes
 * a figure.
 */
@Repository
class StatisticsRows {

    /** A member's comparison, access check included, in one statement (V15__comparison_in_one_statement.sql). */
    private static final String MEMBER_COMPARISON = "SELECT * FROM member_comparison($1, $2, $3, $4, $5, $6, $7)";

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
     * The caller's membership of the authority {@code slug} and, if they are a member or the operator, the indicator
     * with this code and the authority among its peers, in one statement and one implicit transaction, outside any
     * {@code Tenancy} transaction: the function sets the caller's settings itself. Empty if no authority has this
     * slug; no {@link Compared} if the caller may not see the authority or no indicator has this code. A custom
     * indicator comes without figures: it is never compared.
     */
    Mono<MemberComparison> memberComparison(TenantContext caller, String slug, String code, @Nullable Integer year,
            int defaultYear, PeerGroup peers) {
        DatabaseClient.GenericExecuteSpec statement = database.sql(MEMBER_COMPARISON).bind("$1", caller.userId())
                .bind("$2", caller.operator()).bind("$3", slug).bind("$4", code);
        statement = year == null ? statement.bindNull("$5", Integer.class) : statement.bind("$5", year);
        return statement.bind("$6", defaultYear).bind("$7", peers.name())
                .map(row -> new MemberComparison(row.get("authority_id", UUID.class), row.get("member_role", String.class),
                        row.get("year", Integer.class), compared(row)))
                .one();
    }

    private static @Nullable Compared compared(Readable row) {
        if (row.get("code", String.class) == null) {
            return null;
        }
        return new Compared(IndicatorRows.indicator(row), new Row(row.get("value", BigDecimal.class),
                row.get("normalized_value", BigDecimal.class),
                Boolean.TRUE.equals(row.get("confidential", Boolean.class)), distribution(row, "peer_count"),
                row.get("rank", Long.class), row.get("percentile", BigDecimal.class)));
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

    /**
     * What {@code member_comparison} answered: the authority, the caller's role in it (null: none), the year compared
     * and, unless the caller may not see the authority or the code is unknown, the indicator and its figures.
     */
    record MemberComparison(UUID authorityId, @Nullable String role, @Nullable Integer year,
            @Nullable Compared compared) {
    }

    /** An indicator and what the comparison function answered for it. */
    record Compared(Indicator indicator, Row row) {
    }

    /** What the comparison function answers, before the indicator is attached. */
    record Row(@Nullable BigDecimal value, @Nullable BigDecimal normalizedValue, boolean confidential,
            Distribution peerGroup, @Nullable Long rank, @Nullable BigDecimal percentile) {
    }
}
