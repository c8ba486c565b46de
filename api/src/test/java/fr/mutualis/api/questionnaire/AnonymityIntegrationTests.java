package fr.mutualis.api.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import fr.mutualis.stack.Database;
import fr.mutualis.stack.TestStack;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Answers a campaign from a browser that presents itself (user agent, forwarded address), then reads every column of
 * every row that answering wrote, with the superuser: nothing identifies the respondent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
class AnonymityIntegrationTests {

    private static final List<String> WRITTEN_BY_ANSWERS = List.of("campaign_response", "campaign_answer",
            "campaign_tally");
    private static Database database;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    @Test
    void nothingStoredIdentifiesARespondent() throws Exception {
        String slug = new TestAuthorities(client).create("anonymat");
        new TestAuthorities(client).addMember(slug, "editor.rennes", "ADMIN");
        QuestionnaireFixtures fixtures = new QuestionnaireFixtures(client);
        Map<?, ?> campaign = fixtures.campaign(slug, "editor.rennes", fixtures.bank(),
                Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofDays(3)));
        String link = campaign.get("linkToken").toString();
        long auditBefore = count("SELECT count(*) FROM audit_event");
        String browser = QuestionnaireFixtures.randomToken();
        List<Map<String, Object>> questions = fixtures.questions(link);

        client.post().uri("/public/v1/campaigns/{token}/responses", link)
                .header("User-Agent", "Mozilla/5.0 TraceableBrowser/42").header("X-Forwarded-For", "203.0.113.77")
                .bodyValue(Map.of("respondentToken", browser, "answers", List.of(Map.of("questionId",
                        questions.getFirst().get("id"), "choiceIds", List.of()))))
                .exchange().expectStatus().isCreated();

        assertThat(columns()).as("every column written by answering").containsExactlyInAnyOrder(
                "campaign_response.tenant_id", "campaign_response.id", "campaign_response.campaign_id",
                "campaign_response.respondent_hash", "campaign_response.score",
                "campaign_answer.tenant_id", "campaign_answer.id", "campaign_answer.response_id",
                "campaign_answer.question_id", "campaign_answer.correct",
                "campaign_tally.tenant_id", "campaign_tally.id", "campaign_tally.questionnaire_id",
                "campaign_tally.audience", "campaign_tally.closes_at", "campaign_tally.answers",
                "campaign_tally.score_sum");
        String everything = everyValue();
        assertThat(everything).doesNotContain(browser, HexFormat.of().formatHex(browser.getBytes(
                        StandardCharsets.UTF_8)), HexFormat.of().formatHex(sha256(browser)), "TraceableBrowser",
                "203.0.113.77", TestAuthorities.userId("editor.rennes"));
        assertThat(everything).contains(HexFormat.of().formatHex(sha256(campaign.get("id") + ":" + browser)));
        assertThat(count("SELECT count(*) FROM campaign_response WHERE substring(id::text, 15, 1) <> '4'"))
                .as("response ids are random, not time-ordered").isZero();
        assertThat(count("SELECT count(*) FROM campaign_answer WHERE substring(id::text, 15, 1) <> '4'")).isZero();
        assertThat(count("SELECT count(*) FROM audit_event")).as("answers are not audited").isEqualTo(auditBefore);
        assertThat(UUID.fromString(campaign.get("id").toString())).isNotNull();
    }

    private static byte[] sha256(String value) throws Exception {
        return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> columns() throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection admin = TestStack.postgres().connect(database.name()); Statement sql = admin.createStatement();
                ResultSet rows = sql.executeQuery("SELECT table_name || '.' || column_name FROM "
                        + "information_schema.columns WHERE table_schema = 'public' AND table_name IN "
                        + "('campaign_response', 'campaign_answer', 'campaign_tally')")) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    /** Every row of every table that answering writes, as text (bytea as hex). */
    private static String everyValue() throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection admin = TestStack.postgres().connect(database.name()); Statement sql = admin.createStatement()) {
            for (String table : WRITTEN_BY_ANSWERS) {
                try (ResultSet rows = sql.executeQuery("SELECT t::text FROM " + table + " t")) {
                    while (rows.next()) {
                        all.append(rows.getString(1)).append('\n');
                    }
                }
            }
        }
        return all.toString();
    }

    private static long count(String query) throws SQLException {
        try (Connection admin = TestStack.postgres().connect(database.name()); Statement sql = admin.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
