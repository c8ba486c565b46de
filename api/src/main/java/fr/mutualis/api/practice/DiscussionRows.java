package fr.mutualis.api.practice;

import static fr.mutualis.api.shared.web.SqlParameters.text;

import fr.mutualis.api.shared.web.Ids;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The SQL of endorsements, comments and reports. Their rows live in the practice's tenant, with the acting authority
 * in {@code authority_id}; row-level security only lets that authority write them.
 */
@Repository
class DiscussionRows {

    private static final String ENDORSE = """
            INSERT INTO practice_endorsement (tenant_id, id, practice_id, authority_id, user_id)
            VALUES ($1, $2, $3, $4, $5) ON CONFLICT (tenant_id, practice_id, authority_id) DO NOTHING""";

    private static final String COMMENTS = """
            SELECT c.id, c.practice_id, c.author_name, c.body, c.hidden, c.created_at,
                   a.slug, a.name, a.kind, a.region_code,
                   CASE WHEN app_is_operator() THEN (SELECT count(*) FROM practice_comment_report r
                        WHERE r.tenant_id = c.tenant_id AND r.comment_id = c.id) END AS reports
            FROM practice_comment c JOIN authority a ON a.id = c.authority_id
            WHERE c.tenant_id = $1 AND c.practice_id = $2 AND ($3::uuid IS NULL OR c.id > $3::uuid)
              AND ($4::uuid IS NULL OR c.id = $4::uuid)
            ORDER BY c.id LIMIT $5""";

    private static final String REPORT = """
            INSERT INTO practice_comment_report (tenant_id, id, comment_id, authority_id, user_id, reason)
            VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (tenant_id, comment_id, user_id) DO NOTHING""";

    private final DatabaseClient database;

    DiscussionRows(DatabaseClient database) {
        this.database = database;
    }

    Mono<Long> endorse(UUID tenantId, UUID practiceId, UUID authorityId, String userId) {
        return database.sql(ENDORSE).bind("$1", tenantId).bind("$2", Ids.next())
                .bind("$3", practiceId).bind("$4", authorityId).bind("$5", userId).fetch().rowsUpdated();
    }

    Mono<Long> withdraw(UUID tenantId, UUID practiceId, UUID authorityId) {
        return database.sql("DELETE FROM practice_endorsement WHERE tenant_id = $1 AND practice_id = $2 "
                        + "AND authority_id = $3")
                .bind("$1", tenantId).bind("$2", practiceId).bind("$3", authorityId).fetch().rowsUpdated();
    }

    Mono<Long> endorsements(UUID tenantId, UUID practiceId) {
        return database.sql("SELECT count(*) AS n FROM practice_endorsement WHERE tenant_id = $1 AND practice_id = $2")
                .bind("$1", tenantId).bind("$2", practiceId).map(row -> row.get("n", Long.class)).one();
    }

    Flux<Author> endorsers(UUID tenantId, UUID practiceId) {
        return database.sql("""
                        SELECT a.slug, a.name, a.kind, a.region_code FROM practice_endorsement e
                        JOIN authority a ON a.id = e.authority_id
                        WHERE e.tenant_id = $1 AND e.practice_id = $2 ORDER BY e.created_at, e.id""")
                .bind("$1", tenantId).bind("$2", practiceId).map(PracticeRows::author).all();
    }

    Mono<Long> comment(UUID tenantId, UUID id, UUID practiceId, UUID authorityId, String authorId, String authorName,
            String body) {
        return database.sql("""
                        INSERT INTO practice_comment (tenant_id, id, practice_id, authority_id, author_id, author_name,
                                                      body)
                        VALUES ($1, $2, $3, $4, $5, $6, $7)""")
                .bind("$1", tenantId).bind("$2", id).bind("$3", practiceId).bind("$4", authorityId)
                .bind("$5", authorId).bind("$6", authorName).bind("$7", body).fetch().rowsUpdated();
    }

    Flux<Comment> comments(UUID tenantId, UUID practiceId, @Nullable UUID after, @Nullable UUID only, int limit) {
        return database.sql(COMMENTS).bind("$1", tenantId).bind("$2", practiceId)
                .bind("$3", text(after == null ? null : after.toString()))
                .bind("$4", text(only == null ? null : only.toString())).bind("$5", limit)
                .map(DiscussionRows::comment).all();
    }

    Mono<Long> report(UUID tenantId, UUID commentId, UUID authorityId, String userId, String reason) {
        return database.sql(REPORT).bind("$1", tenantId).bind("$2", Ids.next())
                .bind("$3", commentId).bind("$4", authorityId).bind("$5", userId).bind("$6", reason)
                .fetch().rowsUpdated();
    }

    Mono<Long> moderate(UUID tenantId, UUID commentId, boolean hidden, String operatorId) {
        return database.sql("UPDATE practice_comment SET hidden = $3, hidden_by = CASE WHEN $3 THEN $4 END "
                        + "WHERE tenant_id = $1 AND id = $2")
                .bind("$1", tenantId).bind("$2", commentId).bind("$3", hidden).bind("$4", operatorId)
                .fetch().rowsUpdated();
    }

    private static Comment comment(Readable row) {
        boolean hidden = Boolean.TRUE.equals(row.get("hidden", Boolean.class));
        Long reports = row.get("reports", Long.class);
        String body = row.get("body", String.class);
        return new Comment(row.get("id", UUID.class), row.get("practice_id", UUID.class), PracticeRows.author(row),
                row.get("author_name", String.class), hidden && reports == null ? null : body, hidden,
                row.get("created_at", OffsetDateTime.class), reports);
    }
}
