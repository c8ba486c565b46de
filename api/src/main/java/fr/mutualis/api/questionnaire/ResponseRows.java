package fr.mutualis.api.questionnaire;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The SQL of anonymous responses and of the figures computed from them. Nothing written here identifies a respondent:
 * random ids, a hash of the browser token, whether each answer was right; no time, no address.
 */
@Repository
class ResponseRows {

    static final int MINIMUM_ANSWERS = CampaignResults.MINIMUM_ANSWERS;
    static final int MINIMUM_CAMPAIGNS_FOR_MEDIAN = 3;

    private static final String THEMES = """
            SELECT q.theme, round(100.0 * avg(CASE WHEN a.correct THEN 1 ELSE 0 END), 1) AS score,
                   count(DISTINCT q.id) AS questions, min(q.position) AS first
            FROM campaign_answer a JOIN campaign_response r ON r.tenant_id = a.tenant_id AND r.id = a.response_id
            JOIN question q ON q.id = a.question_id
            WHERE r.tenant_id = $1 AND r.campaign_id = $2
            GROUP BY q.theme ORDER BY first""";

    private static final String PREVIOUS = """
            SELECT t.id, t.closes_at, t.answers, round(t.score_sum / t.answers, 1) AS score
            FROM campaign_tally t
            WHERE t.tenant_id = $1 AND t.audience = $2 AND t.closes_at < $3 AND t.answers >= 5
            ORDER BY t.closes_at DESC LIMIT 10""";

    private static final String NETWORK = """
            SELECT count(*) AS campaigns,
                   round(percentile_cont(0.5) WITHIN GROUP (ORDER BY t.score_sum / t.answers)::numeric, 1) AS median
            FROM campaign_tally t
            WHERE t.questionnaire_id = $1 AND t.audience = $2 AND t.answers >= 5""";

    private static final String LATEST = """
            SELECT t.id, t.closes_at, t.answers, round(t.score_sum / t.answers, 1) AS score
            FROM campaign_tally t
            WHERE t.tenant_id = $1 AND t.audience = $2 AND t.answers >= 5
              AND extract(year FROM t.closes_at AT TIME ZONE 'Europe/Paris') = $3
            ORDER BY t.closes_at DESC LIMIT 1""";

    private final DatabaseClient database;

    ResponseRows(DatabaseClient database) {
        this.database = database;
    }

    /** Records a response; a second response with the same respondent hash breaks the unique key. */
    Mono<Long> insertResponse(UUID tenant, UUID id, UUID campaignId, byte[] respondentHash, BigDecimal score) {
        return database.sql("""
                        INSERT INTO campaign_response (tenant_id, id, campaign_id, respondent_hash, score)
                        VALUES ($1, $2, $3, $4, $5)""")
                .bind("$1", tenant).bind("$2", id).bind("$3", campaignId)
                .bind("$4", java.nio.ByteBuffer.wrap(respondentHash)).bind("$5", score)
                .fetch().rowsUpdated()
                .then(database.sql("""
                                UPDATE campaign_tally SET answers = answers + 1, score_sum = score_sum + $3
                                WHERE tenant_id = $1 AND id = $2""")
                        .bind("$1", tenant).bind("$2", campaignId).bind("$3", score).fetch().rowsUpdated());
    }

    Mono<Long> insertAnswer(UUID tenant, UUID responseId, UUID questionId, boolean correct) {
        return database.sql("""
                        INSERT INTO campaign_answer (tenant_id, id, response_id, question_id, correct)
                        VALUES ($1, gen_random_uuid(), $2, $3, $4)""")
                .bind("$1", tenant).bind("$2", responseId).bind("$3", questionId).bind("$4", correct)
                .fetch().rowsUpdated();
    }

    Mono<BigDecimal> averageScore(UUID tenant, UUID campaignId) {
        return database.sql("SELECT round(score_sum / nullif(answers, 0), 1) AS score FROM campaign_tally "
                        + "WHERE tenant_id = $1 AND id = $2")
                .bind("$1", tenant).bind("$2", campaignId)
                .map(row -> java.util.Optional.ofNullable(row.get("score", BigDecimal.class))).one()
                .flatMap(Mono::justOrEmpty);
    }

    Flux<CampaignResults.ThemeScore> themes(UUID tenant, UUID campaignId) {
        return database.sql(THEMES).bind("$1", tenant).bind("$2", campaignId)
                .map(row -> new CampaignResults.ThemeScore(row.get("theme", String.class),
                        row.get("score", BigDecimal.class), row.get("questions", Integer.class)))
                .all();
    }

    Flux<CampaignResults.PastCampaign> previous(UUID tenant, Audience audience, OffsetDateTime before) {
        return database.sql(PREVIOUS).bind("$1", tenant).bind("$2", audience.name()).bind("$3", before)
                .map(row -> new CampaignResults.PastCampaign(row.get("id", UUID.class),
                        row.get("closes_at", OffsetDateTime.class).toInstant(), row.get("answers", Integer.class),
                        row.get("score", BigDecimal.class)))
                .all();
    }

    /** The median score of every campaign of the network on this questionnaire and audience that has 5 answers. */
    Mono<CampaignResults.NetworkMedian> network(UUID questionnaireId, Audience audience) {
        return database.sql(NETWORK).bind("$1", questionnaireId).bind("$2", audience.name())
                .map(row -> {
                    int campaigns = row.get("campaigns", Long.class).intValue();
                    return new CampaignResults.NetworkMedian(campaigns, campaigns < MINIMUM_CAMPAIGNS_FOR_MEDIAN
                            ? null : row.get("median", BigDecimal.class));
                })
                .one();
    }

    Mono<CampaignResults.PastCampaign> latest(UUID tenant, Audience audience, int year) {
        return database.sql(LATEST).bind("$1", tenant).bind("$2", audience.name()).bind("$3", year)
                .map(row -> new CampaignResults.PastCampaign(row.get("id", UUID.class),
                        row.get("closes_at", OffsetDateTime.class).toInstant(), row.get("answers", Integer.class),
                        row.get("score", BigDecimal.class)))
                .one();
    }

    /** How many agents the authority declared (0 when unknown, or for elected officials, whom it does not count). */
    Mono<Integer> audienceSize(UUID tenant, Audience audience) {
        return audience == Audience.ELECTED ? Mono.just(0)
                : database.sql("SELECT coalesce(agents, 0) AS agents FROM authority WHERE id = $1").bind("$1", tenant)
                        .map(row -> row.get("agents", Integer.class)).one().defaultIfEmpty(0);
    }
}
