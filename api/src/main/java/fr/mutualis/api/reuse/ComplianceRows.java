package fr.mutualis.api.reuse;

import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The compliance and indicator figures, computed in SQL from lots, purchases and the legal targets table. */
@Repository
class ComplianceRows {

    /** Lots that count for décret 2023-266, and those it excludes. */
    static final String ELIGIBLE = """
            WITH lots AS (
                SELECT l.*, (c.in_reen_scope AND l.average_age_years <= 10 AND NOT l.classified_data) AS counted
                FROM equipment_lot l JOIN equipment_category c ON c.code = l.category
                WHERE l.tenant_id = $1 AND l.status <> 'CANCELLED'),
            bounds AS (SELECT make_date($2, 1, 1)::timestamptz AS start, make_date($2 + 1, 1, 1)::timestamptz AS stop)
            """;
    private static final String REEN = ELIGIBLE + """
            SELECT
              coalesce(sum(quantity) FILTER (WHERE counted AND retired_on < b.start::date
                                             AND (collected_at IS NULL OR collected_at >= b.start)), 0) AS stock,
              coalesce(sum(reused + refurbished) FILTER (WHERE counted AND status = 'PROCESSED'
                                             AND collected_at >= b.start AND collected_at < b.stop), 0) AS sent,
              coalesce(sum(quantity) FILTER (WHERE NOT counted AND retired_on < b.stop), 0) AS excluded,
              coalesce(sum(quantity) FILTER (WHERE counted AND status = 'COLLECTED'
                                             AND collected_at >= b.start AND collected_at < b.stop), 0) AS pending,
              t.rate AS target, t.source
            FROM bounds b LEFT JOIN lots ON true
            LEFT JOIN LATERAL (SELECT rate, source FROM legal_target WHERE kind = 'REEN' AND first_year <= $2
                               AND (last_year IS NULL OR $2 <= last_year) ORDER BY first_year DESC LIMIT 1) t ON true
            GROUP BY t.rate, t.source""";
    private static final String AGEC = """
            SELECT p.category, sum(p.amount) AS amount,
                   coalesce(sum(p.amount) FILTER (WHERE p.from_reuse), 0) AS from_reuse,
                   coalesce(sum(p.amount) FILTER (WHERE p.recycled_content), 0) AS recycled,
                   t.rate AS target, t.source, t.note
            FROM purchase p JOIN equipment_category c ON c.code = p.category
            LEFT JOIN LATERAL (SELECT rate, source, note FROM legal_target WHERE kind = 'AGEC' AND family = c.agec_family
                               AND first_year <= $2 AND (last_year IS NULL OR $2 <= last_year)
                               ORDER BY first_year DESC LIMIT 1) t ON true
            WHERE p.tenant_id = $1 AND p.year = $2
            GROUP BY p.category, t.rate, t.source, t.note ORDER BY p.category""";
    private static final String LOCAL = ELIGIBLE + """
            SELECT coalesce(sum(l.quantity) FILTER (WHERE p.kind <> 'COMPANY' OR l.department_code = ANY (p.departments)),
                            0) AS local, coalesce(sum(l.quantity), 0) AS total
            FROM lots l CROSS JOIN bounds b LEFT JOIN partner p ON p.id = l.claimed_by
            WHERE l.collected_at >= b.start AND l.collected_at < b.stop""";
    private static final String SPEND = """
            SELECT coalesce(sum(amount), 0) AS amount,
                   coalesce(sum(amount) FILTER (WHERE from_reuse), 0) AS from_reuse,
                   coalesce(sum(amount) FILTER (WHERE recycled_content), 0) AS recycled
            FROM purchase WHERE tenant_id = $1 AND year = $2""";

    private final DatabaseClient database;

    ComplianceRows(DatabaseClient database) {
        this.database = database;
    }

    Mono<ComplianceReport.Reen> reen(UUID tenant, int year) {
        return database.sql(REEN).bind("$1", tenant).bind("$2", year).map(row -> {
            long stock = row.get("stock", Long.class);
            long sent = row.get("sent", Long.class);
            BigDecimal target = row.get("target", BigDecimal.class);
            BigDecimal rate = Percent.of(sent, stock);
            return new ComplianceReport.Reen(stock, sent, rate, target, Percent.met(rate, target),
                    row.get("excluded", Long.class), row.get("pending", Long.class), row.get("source", String.class));
        }).one();
    }

    Flux<ComplianceReport.Agec> agec(UUID tenant, int year) {
        return database.sql(AGEC).bind("$1", tenant).bind("$2", year).map(row -> {
            BigDecimal amount = row.get("amount", BigDecimal.class);
            BigDecimal fromReuse = row.get("from_reuse", BigDecimal.class);
            BigDecimal target = row.get("target", BigDecimal.class);
            BigDecimal share = Percent.of(fromReuse, amount);
            return new ComplianceReport.Agec(EquipmentCategory.valueOf(row.get("category", String.class)), amount,
                    fromReuse, row.get("recycled", BigDecimal.class), share, target, Percent.met(share, target),
                    row.get("source", String.class), row.get("note", String.class));
        }).all();
    }

    /** Units handed over in the year to local (serving the lot's département) or social-economy partners. */
    Mono<long[]> localHandOvers(UUID tenant, int year) {
        return database.sql(LOCAL).bind("$1", tenant).bind("$2", year)
                .map(row -> new long[] {row.get("local", Long.class), row.get("total", Long.class)}).one();
    }

    /** Total spend, spend from reuse, spend with recycled content. */
    Mono<BigDecimal[]> spend(UUID tenant, int year) {
        return database.sql(SPEND).bind("$1", tenant).bind("$2", year)
                .map(row -> new BigDecimal[] {row.get("amount", BigDecimal.class),
                        row.get("from_reuse", BigDecimal.class), row.get("recycled", BigDecimal.class)}).one();
    }
}
