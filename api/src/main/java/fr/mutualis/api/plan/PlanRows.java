package fr.mutualis.api.plan;

import static fr.mutualis.api.shared.web.SqlParameters.bigint;
import static fr.mutualis.api.shared.web.SqlParameters.integer;
import static fr.mutualis.api.shared.web.SqlParameters.text;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The SQL of plans and of the network view, in one place. Callers run it inside a {@code Tenancy} transaction. */
@Repository
class PlanRows {

    private static final String SELECT = """
            SELECT p.id, au.slug, au.name, au.kind, au.region_code, p.title, p.start_year, p.end_year, p.status,
                   p.visibility, p.label_target, p.published_at, p.version, """ + Progress.OF_PLAN + """
             AS progress,
                   (SELECT count(*) FROM plan_action a WHERE a.tenant_id = p.tenant_id AND a.plan_id = p.id)::integer
                       AS action_count,
                   array(SELECT DISTINCT a.theme FROM plan_action a WHERE a.tenant_id = p.tenant_id
                         AND a.plan_id = p.id ORDER BY a.theme) AS themes
            FROM action_plan p JOIN authority au ON au.id = p.tenant_id
            """;

    private static final String OF_AUTHORITY = SELECT + """
            WHERE p.tenant_id = $1 AND ($2 OR p.status = 'PUBLISHED') AND ($3::uuid IS NULL OR p.id < $3::uuid)
            ORDER BY p.id DESC LIMIT $4""";

    private static final String NETWORK = """
            WITH page AS (
                SELECT p.tenant_id, p.id, p.published_at FROM action_plan p JOIN authority au ON au.id = p.tenant_id
                WHERE p.status = 'PUBLISHED'
                  AND ($1::text IS NULL OR EXISTS (SELECT 1 FROM plan_action a WHERE a.tenant_id = p.tenant_id
                                                   AND a.plan_id = p.id AND a.theme = $1))
                  AND ($2::text IS NULL OR au.kind = $2) AND ($3::text IS NULL OR au.region_code = $3)
                  AND ($4::timestamptz IS NULL OR (p.published_at, p.id) < ($4::timestamptz, $5::uuid))
                  AND (NOT $7 OR p.visibility = 'PUBLIC')
                ORDER BY p.published_at DESC, p.id DESC LIMIT $6)
            """ + SELECT + """
            JOIN page ON page.tenant_id = p.tenant_id AND page.id = p.id
            ORDER BY p.published_at DESC, p.id DESC""";

    private static final String UPDATE = """
            UPDATE action_plan SET title = coalesce($3, title), start_year = coalesce($4, start_year),
                end_year = coalesce($5, end_year), status = coalesce($6, status),
                visibility = coalesce($7, visibility), label_target = coalesce($8, label_target),
                published_at = CASE WHEN coalesce($6, status) = 'PUBLISHED' THEN coalesce(published_at, now())
                                    ELSE published_at END,
                version = version + 1, updated_at = now()
            WHERE tenant_id = $1 AND id = $2 AND ($9::bigint IS NULL OR version = $9)""";

    private final DatabaseClient database;

    PlanRows(DatabaseClient database) {
        this.database = database;
    }

    /** The plan if the reader may see it: any of its authority's plans for a member, published ones for others. */
    Mono<Plan> find(UUID tenant, UUID id, boolean member) {
        return database.sql(SELECT + " WHERE p.tenant_id = $1 AND p.id = $2 AND ($3 OR p.status = 'PUBLISHED')")
                .bind("$1", tenant).bind("$2", id).bind("$3", member).map(PlanRows::plan).one();
    }

    Flux<Plan> ofAuthority(UUID tenant, boolean member, @Nullable UUID after, int limit) {
        return database.sql(OF_AUTHORITY).bind("$1", tenant).bind("$2", member)
                .bind("$3", text(after == null ? null : after.toString())).bind("$4", limit)
                .map(PlanRows::plan).all();
    }

    Flux<Plan> network(@Nullable Theme theme, @Nullable String kind, @Nullable String region,
            @Nullable String[] after, int limit, boolean publicOnly) {
        return database.sql(NETWORK)
                .bind("$1", text(theme == null ? null : theme.name())).bind("$2", text(kind))
                .bind("$3", text(region)).bind("$4", text(after == null ? null : after[0]))
                .bind("$5", text(after == null ? null : after[1])).bind("$6", limit).bind("$7", publicOnly)
                .map(PlanRows::plan).all();
    }

    Mono<Long> insert(UUID tenant, UUID id, PlanDraft draft) {
        return database.sql("""
                INSERT INTO action_plan (tenant_id, id, title, start_year, end_year, visibility, label_target)
                VALUES ($1, $2, $3, $4, $5, $6, $7)""")
                .bind("$1", tenant).bind("$2", id).bind("$3", String.valueOf(draft.title()))
                .bind("$4", integer(draft.startYear())).bind("$5", integer(draft.endYear()))
                .bind("$6", (draft.visibility() == null ? Visibility.NETWORK : draft.visibility()).name())
                .bind("$7", (draft.labelTarget() == null ? LabelTarget.NONE : draft.labelTarget()).name())
                .fetch().rowsUpdated();
    }

    Mono<Long> update(UUID tenant, UUID id, PlanDraft changes, @Nullable Long expectedVersion) {
        return database.sql(UPDATE).bind("$1", tenant).bind("$2", id).bind("$3", text(changes.title()))
                .bind("$4", integer(changes.startYear())).bind("$5", integer(changes.endYear()))
                .bind("$6", text(name(changes.status()))).bind("$7", text(name(changes.visibility())))
                .bind("$8", text(name(changes.labelTarget()))).bind("$9", bigint(expectedVersion))
                .fetch().rowsUpdated();
    }

    Mono<Long> delete(UUID tenant, UUID id, @Nullable Long expectedVersion) {
        return database.sql("DELETE FROM action_plan WHERE tenant_id = $1 AND id = $2 "
                        + "AND ($3::bigint IS NULL OR version = $3)")
                .bind("$1", tenant).bind("$2", id).bind("$3", bigint(expectedVersion)).fetch().rowsUpdated();
    }

    /** A change to one of its actions changes the plan too (its progress, its ETag). */
    Mono<Long> touch(UUID tenant, UUID id) {
        return database.sql("UPDATE action_plan SET version = version + 1, updated_at = now() "
                + "WHERE tenant_id = $1 AND id = $2").bind("$1", tenant).bind("$2", id).fetch().rowsUpdated();
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Plan plan(Readable row) {
        String[] themes = row.get("themes", String[].class);
        return new Plan(row.get("id", UUID.class),
                new Plan.AuthorityRef(row.get("slug", String.class), row.get("name", String.class),
                        row.get("kind", String.class), row.get("region_code", String.class)),
                row.get("title", String.class), row.get("start_year", Integer.class),
                row.get("end_year", Integer.class), PlanStatus.valueOf(row.get("status", String.class)),
                Visibility.valueOf(row.get("visibility", String.class)),
                LabelTarget.valueOf(row.get("label_target", String.class)),
                row.get("published_at", OffsetDateTime.class), row.get("progress", Integer.class),
                row.get("action_count", Integer.class),
                themes == null ? java.util.List.of() : Arrays.stream(themes).map(Theme::valueOf).toList(),
                row.get("version", Long.class));
    }
}
