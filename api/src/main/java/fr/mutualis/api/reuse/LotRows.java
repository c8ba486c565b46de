package fr.mutualis.api.reuse;

import static fr.mutualis.api.shared.web.SqlParameters.text;

import fr.mutualis.api.shared.web.Ids;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The SQL of equipment lots, in one place. Callers run it inside a transaction that names the tenant (authority side)
 * or the partner ({@code app.partner_id}, partner side); row-level security then limits what each sees and moves,
 * and the statements filter explicitly as well.
 */
@Repository
class LotRows {

    static final String COLUMNS = """
            l.id, a.slug AS authority, a.name AS authority_name, l.category, l.quantity, l.average_age_years,
            l.condition, l.data_erasure_required, l.classified_data, l.department_code, l.destination, l.description,
            l.retired_on, l.status, l.claimed_by, p.name AS partner_name, l.service_id, l.offered_at, l.claimed_at,
            l.collected_at, l.processed_at, l.cancelled_at, l.reused, l.refurbished, l.recycled, l.destroyed,
            l.erasure_certificate_ref, l.created_at, l.version""";
    private static final String FROM = " FROM %s l JOIN authority a ON a.id = l.tenant_id "
            + "LEFT JOIN partner p ON p.id = l.claimed_by ";
    private static final String SELECT = "SELECT " + COLUMNS + FROM.formatted("equipment_lot");

    private static final String INSERT = """
            INSERT INTO equipment_lot (tenant_id, id, category, quantity, average_age_years, condition,
                data_erasure_required, classified_data, department_code, destination, description, retired_on)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)""";

    private static final String OF_TENANT = SELECT + """
            WHERE l.tenant_id = $1 AND ($2::text IS NULL OR l.status = $2)
              AND ($3::uuid IS NULL OR l.id < $3)
            ORDER BY l.id DESC LIMIT $4""";

    private static final String OFFERED_TO_PARTNER = SELECT + """
            JOIN partner me ON me.id = $1
            WHERE l.status = $2 AND l.destination <> 'INTERNAL_REDEPLOYMENT'
              AND ($2 = 'OFFERED' OR l.claimed_by = me.id)
              AND l.department_code = ANY (me.departments) AND l.category = ANY (me.categories)
              AND ($3::uuid IS NULL OR l.id > $3)
            ORDER BY l.id LIMIT $4""";

    private static final String EVENT = """
            INSERT INTO lot_event (tenant_id, id, lot_id, status, actor)
            SELECT tenant_id, $2, id, status, $3 FROM equipment_lot WHERE id = $1""";

    private final DatabaseClient database;

    LotRows(DatabaseClient database) {
        this.database = database;
    }

    Mono<Void> insert(UUID tenant, UUID id, LotDraft draft) {
        return database.sql(INSERT).bind("$1", tenant).bind("$2", id).bind("$3", draft.category().name())
                .bind("$4", draft.quantity()).bind("$5", draft.averageAgeYears()).bind("$6", draft.condition().name())
                .bind("$7", draft.dataErasureRequired()).bind("$8", draft.classifiedData())
                .bind("$9", draft.departmentCode()).bind("$10", draft.destination().name())
                .bind("$11", draft.description()).bind("$12", draft.retiredOn())
                .fetch().rowsUpdated().then();
    }

    Mono<Lot> find(UUID id) {
        return database.sql(SELECT + "WHERE l.id = $1").bind("$1", id).map(LotRows::lot).one();
    }

    Flux<Lot> ofTenant(UUID tenant, @Nullable LotStatus status, @Nullable UUID after, int limit) {
        return bindUuid(database.sql(OF_TENANT).bind("$1", tenant)
                        .bind("$2", text(status == null ? null : status.name())), "$3", after)
                .bind("$4", limit).map(LotRows::lot).all();
    }

    /** Offered lots of the partner's area, or (status CLAIMED, COLLECTED, PROCESSED) the lots it holds. */
    Flux<Lot> forPartner(UUID partner, LotStatus status, @Nullable UUID after, int limit) {
        return bindUuid(database.sql(OFFERED_TO_PARTNER).bind("$1", partner).bind("$2", status.name()), "$3", after)
                .bind("$4", limit).map(LotRows::lot).all();
    }

    /**
     * Moves the lot to {@code target} if, and only if, its status is one the target may be reached from, in one
     * conditional UPDATE (two racing requests: the second finds the status changed and moves nothing). {@code set}
     * adds assignments ($4, $5... bound by {@code binder}); {@code guard} adds conditions. Empty when nothing moved.
     */
    Mono<Lot> move(UUID id, LotStatus target, String set, String guard, Binder binder) {
        String sql = "WITH moved AS (UPDATE equipment_lot SET status = $2, " + target.timestampColumn() + " = now(), "
                + "version = version + 1" + set + " WHERE id = $1 AND status = ANY ($3)" + guard + " RETURNING *) "
                + "SELECT " + COLUMNS + FROM.formatted("moved");
        DatabaseClient.GenericExecuteSpec spec = database.sql(sql).bind("$1", id).bind("$2", target.name())
                .bind("$3", target.sourceNames());
        return binder.bind(spec).map(LotRows::lot).one();
    }

    Mono<Void> recordEvent(UUID lot, String actor) {
        return database.sql(EVENT).bind("$1", lot).bind("$2", Ids.next()).bind("$3", actor)
                .fetch().rowsUpdated().then();
    }

    Flux<LotEvent> timeline(UUID tenant, UUID lot) {
        return database.sql("SELECT status, actor, occurred_at FROM lot_event WHERE tenant_id = $1 AND lot_id = $2 "
                        + "ORDER BY occurred_at, id")
                .bind("$1", tenant).bind("$2", lot)
                .map(row -> new LotEvent(LotStatus.valueOf(row.get("status", String.class)),
                        row.get("actor", String.class), row.get("occurred_at", OffsetDateTime.class)))
                .all();
    }

    /** Binds the extra parameters of a {@link #move}. */
    @FunctionalInterface
    interface Binder {
        DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec);
    }

    static DatabaseClient.GenericExecuteSpec bindUuid(DatabaseClient.GenericExecuteSpec spec, String name,
            @Nullable UUID value) {
        return value == null ? spec.bindNull(name, UUID.class) : spec.bind(name, value);
    }

    static Lot lot(Readable row) {
        Integer reused = row.get("reused", Integer.class);
        LotOutcome outcome = reused == null ? null : new LotOutcome(reused, row.get("refurbished", Integer.class),
                row.get("recycled", Integer.class), row.get("destroyed", Integer.class),
                row.get("erasure_certificate_ref", String.class));
        return new Lot(row.get("id", UUID.class), row.get("authority", String.class),
                row.get("authority_name", String.class),
                EquipmentCategory.valueOf(row.get("category", String.class)), row.get("quantity", Integer.class),
                row.get("average_age_years", BigDecimal.class),
                LotCondition.valueOf(row.get("condition", String.class)),
                Boolean.TRUE.equals(row.get("data_erasure_required", Boolean.class)),
                Boolean.TRUE.equals(row.get("classified_data", Boolean.class)),
                row.get("department_code", String.class),
                LotDestination.valueOf(row.get("destination", String.class)), row.get("description", String.class),
                row.get("retired_on", LocalDate.class), LotStatus.valueOf(row.get("status", String.class)),
                row.get("claimed_by", UUID.class), row.get("partner_name", String.class),
                row.get("service_id", UUID.class), row.get("offered_at", OffsetDateTime.class),
                row.get("claimed_at", OffsetDateTime.class), row.get("collected_at", OffsetDateTime.class),
                row.get("processed_at", OffsetDateTime.class), row.get("cancelled_at", OffsetDateTime.class),
                outcome, row.get("created_at", OffsetDateTime.class), row.get("version", Long.class));
    }
}
