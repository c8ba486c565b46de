package fr.mutualis.api.practice;

import static fr.mutualis.api.shared.web.SqlParameters.bigint;
import static fr.mutualis.api.shared.web.SqlParameters.text;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The SQL of practices themselves, in one place. Callers run it inside a {@code Tenancy} transaction. */
@Repository
class PracticeRows {

    static final String COLUMNS = """
            p.id, p.tenant_id, p.title, p.summary, p.body, p.theme, p.tags, p.effort, p.cost, p.impact, p.indicators,
            p.visibility, p.status, p.author_name, p.published_at, p.created_at, p.updated_at, p.version,
            a.slug, a.name, a.kind, a.region_code,
            (SELECT count(*) FROM practice_endorsement e WHERE e.tenant_id = p.tenant_id AND e.practice_id = p.id)
                AS endorsements
            """;

    private static final String SELECT = "SELECT " + COLUMNS + " FROM practice p JOIN authority a ON a.id = p.tenant_id ";

    private static final String INSERT = """
            INSERT INTO practice (tenant_id, id, title, summary, body, theme, tags, effort, cost, impact, indicators,
                                  visibility, status, author_id, author_name, published_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
                    CASE WHEN $13 = 'PUBLISHED' THEN now() END)""";

    private static final String UPDATE = """
            UPDATE practice SET title = $3, summary = $4, body = $5, theme = $6, tags = $7, effort = $8, cost = $9,
                   impact = $10, indicators = $11, visibility = $12, status = $13,
                   published_at = CASE WHEN $13 = 'PUBLISHED' THEN coalesce(published_at, now()) END,
                   version = version + 1, updated_at = now()
            WHERE tenant_id = $1 AND id = $2 AND ($14::bigint IS NULL OR version = $14)""";

    private final DatabaseClient database;

    PracticeRows(DatabaseClient database) {
        this.database = database;
    }

    /** A practice of this authority, whatever its status. */
    Mono<Practice> findOwn(UUID tenantId, UUID id) {
        return database.sql(SELECT + "WHERE p.tenant_id = $1 AND p.id = $2").bind("$1", tenantId).bind("$2", id)
                .map(PracticeRows::practice).one();
    }

    /** A published practice of any authority (and, explicitly, never a draft). */
    Mono<Practice> findPublished(UUID id, boolean publicOnly) {
        return database.sql(SELECT + "WHERE p.id = $1 AND p.status = 'PUBLISHED' AND (NOT $2 OR p.visibility = 'PUBLIC')")
                .bind("$1", id).bind("$2", publicOnly).map(PracticeRows::practice).one();
    }

    /** The practices of one authority, drafts included, newest first. */
    Flux<Practice> ofAuthority(UUID tenantId, @Nullable UUID before, int limit) {
        return database.sql(SELECT + "WHERE p.tenant_id = $1 AND ($2::uuid IS NULL OR p.id < $2::uuid) ORDER BY p.id DESC LIMIT $3")
                .bind("$1", tenantId).bind("$2", text(before == null ? null : before.toString()))
                .bind("$3", limit).map(PracticeRows::practice).all();
    }

    Mono<Long> insert(UUID tenantId, UUID id, PracticeContent content, String authorId, String authorName) {
        return bindContent(database.sql(INSERT), content)
                .bind("$1", tenantId).bind("$2", id).bind("$14", authorId).bind("$15", authorName)
                .fetch().rowsUpdated();
    }

    Mono<Long> update(UUID tenantId, UUID id, PracticeContent content, @Nullable Long expectedVersion) {
        return bindContent(database.sql(UPDATE), content)
                .bind("$1", tenantId).bind("$2", id).bind("$14", bigint(expectedVersion))
                .fetch().rowsUpdated();
    }

    private static DatabaseClient.GenericExecuteSpec bindContent(DatabaseClient.GenericExecuteSpec sql,
            PracticeContent content) {
        return sql.bind("$3", content.title()).bind("$4", content.summary()).bind("$5", content.body())
                .bind("$6", content.theme().name()).bind("$7", content.tags().toArray(String[]::new))
                .bind("$8", content.effort().name()).bind("$9", content.cost().name())
                .bind("$10", content.impact().name()).bind("$11", content.indicators().toArray(String[]::new))
                .bind("$12", content.visibility().name()).bind("$13", content.status().name());
    }

    static Author author(Readable row) {
        return new Author(row.get("slug", String.class), row.get("name", String.class), row.get("kind", String.class),
                row.get("region_code", String.class));
    }

    static List<String> list(Readable row, String column) {
        String[] values = row.get(column, String[].class);
        return values == null ? List.of() : Arrays.asList(values);
    }

    static Practice practice(Readable row) {
        PracticeContent content = new PracticeContent(row.get("title", String.class), row.get("summary", String.class),
                row.get("body", String.class), Theme.valueOf(row.get("theme", String.class)), list(row, "tags"),
                Level.valueOf(row.get("effort", String.class)), Level.valueOf(row.get("cost", String.class)),
                Level.valueOf(row.get("impact", String.class)), list(row, "indicators"),
                Visibility.valueOf(row.get("visibility", String.class)),
                PracticeStatus.valueOf(row.get("status", String.class)));
        Long endorsements = row.get("endorsements", Long.class);
        return new Practice(row.get("id", UUID.class), row.get("tenant_id", UUID.class), author(row), content,
                row.get("author_name", String.class), row.get("published_at", OffsetDateTime.class),
                row.get("created_at", OffsetDateTime.class), row.get("updated_at", OffsetDateTime.class),
                row.get("version", Long.class), endorsements == null ? 0 : endorsements);
    }
}
