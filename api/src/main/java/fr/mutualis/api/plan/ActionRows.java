package fr.mutualis.api.plan;

import static fr.mutualis.api.shared.web.SqlParameters.bigint;
import static fr.mutualis.api.shared.web.SqlParameters.integer;
import static fr.mutualis.api.shared.web.SqlParameters.text;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of actions, their indicators and their adopters. Callers run it inside a {@code Tenancy} transaction. */
@Repository
class ActionRows {

    static final String SELECT = """
            SELECT a.*, """ + Progress.OF_ACTION + """
             AS rolled_up,
                   src.slug AS adopted_from_slug,
                   coalesce((SELECT jsonb_agg(jsonb_build_object('code', i.code, 'target', i.target,
                                 'targetYear', i.target_year) ORDER BY i.position)
                             FROM plan_action_indicator i WHERE i.tenant_id = a.tenant_id AND i.action_id = a.id),
                            '[]') AS indicators,
                   coalesce((SELECT jsonb_agg(jsonb_build_object('slug', au.slug, 'name', au.name) ORDER BY au.name)
                             FROM action_adoption ad JOIN authority au ON au.id = ad.tenant_id
                             WHERE ad.source_action_id = a.id), '[]') AS adopters
            FROM plan_action a LEFT JOIN authority src ON src.id = a.adopted_from_tenant_id
            """;

    private static final String INSERT = """
            INSERT INTO plan_action (tenant_id, id, plan_id, parent_id, title, description, objective, theme, status,
                                     priority, start_date, due_date, pilot, budget, progress, adopted_from_tenant_id,
                                     adopted_from_action_id, adopted_from_practice_id)
            VALUES ($1, $2, $3, $4::uuid, $5, $6, $7, $8, $9, $10, $11::date, $12::date, $13, $14::numeric, $15,
                    $16::uuid, $17::uuid, $18::uuid)""";

    private static final String UPDATE = """
            UPDATE plan_action SET title = coalesce($3, title), description = coalesce($4, description),
                objective = coalesce($5, objective), theme = coalesce($6, theme), status = coalesce($7, status),
                priority = coalesce($8, priority), start_date = coalesce($9::date, start_date),
                due_date = coalesce($10::date, due_date), pilot = coalesce($11, pilot),
                budget = coalesce($12::numeric, budget), progress = coalesce($13, progress),
                parent_id = coalesce($14::uuid, parent_id), version = version + 1, updated_at = now()
            WHERE tenant_id = $1 AND id = $2 AND ($15::bigint IS NULL OR version = $15)""";

    private final DatabaseClient database;
    private final JsonMapper json;

    ActionRows(DatabaseClient database, JsonMapper json) {
        this.database = database;
        this.json = json;
    }

    Mono<Action> find(UUID tenant, UUID plan, UUID id) {
        return database.sql(SELECT + " WHERE a.tenant_id = $1 AND a.plan_id = $2 AND a.id = $3")
                .bind("$1", tenant).bind("$2", plan).bind("$3", id).map(this::action).one();
    }

    Flux<Action> ofPlan(UUID tenant, UUID plan, @Nullable UUID after, int limit) {
        return database.sql(SELECT + """
                         WHERE a.tenant_id = $1 AND a.plan_id = $2 AND ($3::uuid IS NULL OR a.id > $3::uuid)
                        ORDER BY a.id LIMIT $4""")
                .bind("$1", tenant).bind("$2", plan).bind("$3", text(after == null ? null : after.toString()))
                .bind("$4", limit).map(this::action).all();
    }

    /** An action of a PUBLISHED plan of any authority, with the tenant that owns it. */
    Mono<Published> published(UUID id) {
        return database.sql(SELECT + """
                         JOIN action_plan p ON p.tenant_id = a.tenant_id AND p.id = a.plan_id
                        WHERE a.id = $1 AND p.status = 'PUBLISHED'""")
                .bind("$1", id).map(row -> new Published(row.get("tenant_id", UUID.class), action(row))).one();
    }

    Mono<Long> insert(UUID tenant, UUID plan, UUID id, ActionDraft draft, @Nullable Origin origin) {
        return database.sql(INSERT).bind("$1", tenant).bind("$2", id).bind("$3", plan)
                .bind("$4", uuid(draft.parentActionId())).bind("$5", String.valueOf(draft.title()))
                .bind("$6", draft.description() == null ? "" : draft.description())
                .bind("$7", text(draft.objective())).bind("$8", String.valueOf(draft.theme()))
                .bind("$9", (draft.status() == null ? ActionStatus.PLANNED : draft.status()).name())
                .bind("$10", (draft.priority() == null ? Priority.MEDIUM : draft.priority()).name())
                .bind("$11", date(draft.startDate())).bind("$12", date(draft.dueDate()))
                .bind("$13", text(draft.pilot())).bind("$14", decimal(draft.budget()))
                .bind("$15", draft.progress() == null ? 0 : draft.progress())
                .bind("$16", uuid(origin == null ? null : origin.tenant()))
                .bind("$17", uuid(origin == null ? null : origin.action()))
                .bind("$18", uuid(origin == null ? null : origin.practice()))
                .fetch().rowsUpdated()
                .then(draft.indicators() == null ? Mono.just(0L) : replaceIndicators(tenant, id, draft.indicators()));
    }

    Mono<Long> update(UUID tenant, UUID id, ActionDraft changes, @Nullable Long expectedVersion) {
        return database.sql(UPDATE).bind("$1", tenant).bind("$2", id).bind("$3", text(changes.title()))
                .bind("$4", text(changes.description())).bind("$5", text(changes.objective()))
                .bind("$6", text(name(changes.theme()))).bind("$7", text(name(changes.status())))
                .bind("$8", text(name(changes.priority()))).bind("$9", date(changes.startDate()))
                .bind("$10", date(changes.dueDate())).bind("$11", text(changes.pilot()))
                .bind("$12", decimal(changes.budget())).bind("$13", integer(changes.progress()))
                .bind("$14", uuid(changes.parentActionId())).bind("$15", bigint(expectedVersion))
                .fetch().rowsUpdated()
                .flatMap(updated -> updated == 0 || changes.indicators() == null ? Mono.just(updated)
                        : replaceIndicators(tenant, id, changes.indicators()).thenReturn(updated));
    }

    Mono<Long> delete(UUID tenant, UUID id, @Nullable Long expectedVersion) {
        return database.sql("DELETE FROM plan_action WHERE tenant_id = $1 AND id = $2 "
                        + "AND ($3::bigint IS NULL OR version = $3)")
                .bind("$1", tenant).bind("$2", id).bind("$3", bigint(expectedVersion)).fetch().rowsUpdated();
    }

    Mono<Boolean> hasChildren(UUID tenant, UUID id) {
        return database.sql("SELECT 1 FROM plan_action WHERE tenant_id = $1 AND parent_id = $2 LIMIT 1")
                .bind("$1", tenant).bind("$2", id).map(row -> true).first().defaultIfEmpty(false);
    }

    /** The authorities that adopted this best practice. */
    Flux<Adopter> adoptersOfPractice(UUID practice) {
        return database.sql("""
                SELECT DISTINCT au.slug, au.name FROM action_adoption ad JOIN authority au ON au.id = ad.tenant_id
                WHERE ad.practice_id = $1 ORDER BY au.name""").bind("$1", practice)
                .map(row -> new Adopter(row.get("slug", String.class), row.get("name", String.class))).all();
    }

    Mono<Long> recordAdoption(UUID tenant, UUID action, Origin origin) {
        return database.sql("INSERT INTO action_adoption (tenant_id, id, source_tenant_id, source_action_id, "
                        + "practice_id) VALUES ($1, $2, $3::uuid, $4::uuid, $5::uuid)")
                .bind("$1", tenant).bind("$2", action).bind("$3", uuid(origin.tenant()))
                .bind("$4", uuid(origin.action())).bind("$5", uuid(origin.practice())).fetch().rowsUpdated();
    }

    private Mono<Long> replaceIndicators(UUID tenant, UUID action, List<LinkedIndicator> indicators) {
        return database.sql("DELETE FROM plan_action_indicator WHERE tenant_id = $1 AND action_id = $2")
                .bind("$1", tenant).bind("$2", action).fetch().rowsUpdated()
                .thenMany(Flux.range(0, indicators.size()).concatMap(index -> database.sql("""
                                INSERT INTO plan_action_indicator (tenant_id, id, action_id, code, target, target_year,
                                                                   position)
                                VALUES ($1, $2, $3, $4, $5::numeric, $6, $7)""")
                        .bind("$1", tenant).bind("$2", fr.mutualis.api.shared.web.Ids.next()).bind("$3", action)
                        .bind("$4", indicators.get(index).code()).bind("$5", decimal(indicators.get(index).target()))
                        .bind("$6", integer(indicators.get(index).targetYear())).bind("$7", index)
                        .fetch().rowsUpdated()))
                .reduce(0L, Long::sum);
    }

    static io.r2dbc.spi.Parameter uuid(@Nullable UUID value) {
        return text(value == null ? null : value.toString());
    }

    static io.r2dbc.spi.Parameter date(@Nullable LocalDate value) {
        return text(value == null ? null : value.toString());
    }

    static io.r2dbc.spi.Parameter decimal(@Nullable BigDecimal value) {
        return value == null ? Parameters.in(R2dbcType.VARCHAR) : Parameters.in(R2dbcType.VARCHAR, value.toPlainString());
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    Action action(Readable row) {
        UUID fromAction = row.get("adopted_from_action_id", UUID.class);
        UUID fromPractice = row.get("adopted_from_practice_id", UUID.class);
        AdoptedFrom from = fromAction != null
                ? new AdoptedFrom(AdoptedFrom.Kind.ACTION, fromAction, row.get("adopted_from_slug", String.class))
                : fromPractice != null ? new AdoptedFrom(AdoptedFrom.Kind.PRACTICE, fromPractice, null) : null;
        return new Action(row.get("id", UUID.class), row.get("plan_id", UUID.class),
                row.get("parent_id", UUID.class), row.get("title", String.class), row.get("description", String.class),
                row.get("objective", String.class), Theme.valueOf(row.get("theme", String.class)),
                ActionStatus.valueOf(row.get("status", String.class)),
                Priority.valueOf(row.get("priority", String.class)), row.get("start_date", LocalDate.class),
                row.get("due_date", LocalDate.class), row.get("pilot", String.class),
                row.get("budget", BigDecimal.class), row.get("progress", Integer.class),
                row.get("rolled_up", Integer.class),
                json.readValue(row.get("indicators", Json.class).asString(), new TypeReference<List<LinkedIndicator>>() { }),
                from, json.readValue(row.get("adopters", Json.class).asString(), new TypeReference<List<Adopter>>() { }),
                row.get("version", Long.class));
    }

    /** Where a new action comes from, when it is adopted. */
    record Origin(@Nullable UUID tenant, @Nullable UUID action, @Nullable UUID practice) {
    }

    record Published(UUID tenant, Action action) {
    }
}
