package fr.mutualis.api.questionnaire;

import static fr.mutualis.api.shared.web.SqlParameters.text;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The SQL of campaigns. Callers run it inside a {@code Tenancy} transaction for the campaign's authority. */
@Repository
class CampaignRows {

    private static final String SELECT = """
            SELECT c.id, c.tenant_id, a.name AS authority_name, c.questionnaire_id, q.title, c.audience, c.opens_at,
                   c.closes_at, c.link_token, c.version, coalesce(t.answers, 0) AS answers
            FROM campaign c JOIN authority a ON a.id = c.tenant_id JOIN questionnaire q ON q.id = c.questionnaire_id
            LEFT JOIN campaign_tally t ON t.tenant_id = c.tenant_id AND t.id = c.id
            """;

    private final DatabaseClient database;

    CampaignRows(DatabaseClient database) {
        this.database = database;
    }

    Mono<Long> insert(UUID tenant, UUID id, CampaignDraft draft, String linkToken, String createdBy) {
        return database.sql("""
                        INSERT INTO campaign (tenant_id, id, questionnaire_id, audience, opens_at, closes_at, link_token,
                                              created_by)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)""")
                .bind("$1", tenant).bind("$2", id).bind("$3", draft.questionnaireId())
                .bind("$4", draft.audience().name()).bind("$5", utc(draft.opensAt())).bind("$6", utc(draft.closesAt()))
                .bind("$7", linkToken).bind("$8", createdBy)
                .fetch().rowsUpdated()
                .then(database.sql("""
                                INSERT INTO campaign_tally (tenant_id, id, questionnaire_id, audience, closes_at)
                                VALUES ($1, $2, $3, $4, $5)""")
                        .bind("$1", tenant).bind("$2", id).bind("$3", draft.questionnaireId())
                        .bind("$4", draft.audience().name()).bind("$5", utc(draft.closesAt()))
                        .fetch().rowsUpdated());
    }

    Flux<Campaign> list(UUID tenant, @Nullable String[] after, int limit) {
        return database.sql(SELECT + """
                        WHERE c.tenant_id = $1
                          AND ($2::text IS NULL OR (c.opens_at, c.id) < ($2::timestamptz, $3::uuid))
                        ORDER BY c.opens_at DESC, c.id DESC LIMIT $4""")
                .bind("$1", tenant).bind("$2", text(after == null ? null : after[0]))
                .bind("$3", text(after == null ? null : after[1])).bind("$4", limit)
                .map(CampaignRows::campaign).all();
    }

    Mono<Campaign> find(UUID tenant, UUID id) {
        return database.sql(SELECT + " WHERE c.tenant_id = $1 AND c.id = $2").bind("$1", tenant).bind("$2", id)
                .map(CampaignRows::campaign).one();
    }

    /**
     * The campaign named by a secret answer link, for an anonymous caller: the link is handed to PostgreSQL, whose
     * policy then shows that one campaign and nothing else.
     */
    Mono<Campaign> findByLink(String linkToken) {
        return database.sql("SELECT set_config('app.campaign_link', $1, true)").bind("$1", linkToken)
                .map(row -> 1).one()
                .then(database.sql("""
                                SELECT c.id, c.tenant_id, a.name AS authority_name, c.questionnaire_id, q.title,
                                       c.audience, c.opens_at, c.closes_at, c.link_token, c.version, 0 AS answers
                                FROM campaign c JOIN authority a ON a.id = c.tenant_id
                                JOIN questionnaire q ON q.id = c.questionnaire_id
                                WHERE c.link_token = $1""")
                        .bind("$1", linkToken).map(CampaignRows::campaign).one());
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Campaign campaign(Readable row) {
        return new Campaign(row.get("id", UUID.class), row.get("tenant_id", UUID.class),
                row.get("authority_name", String.class), row.get("questionnaire_id", UUID.class),
                row.get("title", String.class), Audience.valueOf(row.get("audience", String.class)),
                row.get("opens_at", OffsetDateTime.class).toInstant(),
                row.get("closes_at", OffsetDateTime.class).toInstant(), row.get("link_token", String.class),
                row.get("answers", Integer.class), row.get("version", Long.class));
    }
}
