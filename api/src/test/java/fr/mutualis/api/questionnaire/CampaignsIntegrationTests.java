package fr.mutualis.api.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import fr.mutualis.stack.Database;
import fr.mutualis.stack.TestStack;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Campaigns, anonymous answers and results, through the real api, PostgreSQL and Keycloak. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CampaignsIntegrationTests {

    private static Database database;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    @Autowired
    private CampaignScores scores;

    private QuestionnaireFixtures fixtures;
    private String slug;
    private String bank;

    @BeforeAll
    void anAuthorityWithAnAdministratorAndAViewer() {
        TestAuthorities authorities = new TestAuthorities(client);
        slug = authorities.create("campagnes");
        authorities.addMember(slug, "editor.rennes", "ADMIN");
        authorities.addMember(slug, "viewer.quimper", "VIEWER");
        fixtures = new QuestionnaireFixtures(client);
        bank = fixtures.bank();
    }

    @Test
    void anAdministratorOpensACampaignAndGetsTheAnswerLinkButAViewerCannot() {
        Map<?, ?> campaign = fixtures.campaign(slug, "editor.rennes", bank, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)));
        assertThat(campaign.get("answerLink").toString()).endsWith("/repondre/" + campaign.get("linkToken"));
        assertThat(campaign.get("linkToken").toString()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(campaign.get("state")).isEqualTo("OPEN");

        as("viewer.quimper", client.post().uri("/api/v1/authorities/{slug}/campaigns", slug))
                .bodyValue(Map.of("questionnaireId", bank, "audience", "AGENTS", "opensAt", Instant.now().toString(),
                        "closesAt", Instant.now().plus(Duration.ofDays(3)).toString()))
                .exchange().expectStatus().isForbidden();
        as("viewer.quimper", client.get().uri("/api/v1/authorities/{slug}/campaigns", slug)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + campaign.get("id") + "')].answerLink").exists();
    }

    @Test
    void badCampaignsAreRefusedWithTheFieldNamed() {
        as("editor.rennes", client.post().uri("/api/v1/authorities/{slug}/campaigns", slug))
                .bodyValue(Map.of("questionnaireId", bank, "audience", "AGENTS", "opensAt", "2026-05-01T00:00:00Z",
                        "closesAt", "2026-04-01T00:00:00Z"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("closesAt");
        as("editor.rennes", client.post().uri("/api/v1/authorities/{slug}/campaigns", slug))
                .bodyValue(Map.of("questionnaireId", "0190a6f0-0000-7000-8000-000000000000", "audience", "AGENTS",
                        "opensAt", "2026-04-01T00:00:00Z", "closesAt", "2026-05-01T00:00:00Z"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("questionnaireId");
        as("editor.rennes", client.post().uri("/api/v1/authorities/{slug}/campaigns", slug))
                .bodyValue(Map.of("questionnaireId", bank, "audience", "CITIZENS", "opensAt", "2026-04-01T00:00:00Z",
                        "closesAt", "2026-05-01T00:00:00Z"))
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void theAnswerPageNeedsNoLoginAndNeverShowsTheRightAnswers() {
        String link = open().get("linkToken").toString();
        String body = client.get().uri("/public/v1/campaigns/{token}", link).exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(body).contains("Question sur Réemploi", "\"state\":\"OPEN\"")
                .doesNotContain("correct", "explanation", "Parce que c'est ainsi", "Loi REEN");
        client.get().uri("/public/v1/campaigns/{token}", QuestionnaireFixtures.randomToken()).exchange()
                .expectStatus().isNotFound();
        client.get().uri("/public/v1/campaigns/{token}", "short").exchange().expectStatus().isNotFound();
    }

    @Test
    void afterAnsweringTheRespondentSeesTheExplanationsAndASecondAnswerFromTheSameBrowserIsRefused() {
        String link = open().get("linkToken").toString();
        String browser = QuestionnaireFixtures.randomToken();

        fixtures.answer(link, browser, 2).expectStatus().isCreated()
                .expectBody().jsonPath("$.score").isEqualTo(66.67)
                .jsonPath("$.questions[0].correct").isEqualTo(true)
                .jsonPath("$.questions[2].correct").isEqualTo(false)
                .jsonPath("$.questions[2].explanation").isEqualTo("Parce que c'est ainsi.")
                .jsonPath("$.questions[2].source").isEqualTo("Loi REEN, art. 16")
                .jsonPath("$.questions[2].rightChoices[0]").isEqualTo("Juste");
        fixtures.answer(link, browser, 3).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mutualis:problem:already-answered");
        fixtures.answer(link, QuestionnaireFixtures.randomToken(), 3).expectStatus().isCreated();
    }

    @Test
    void answersAreRefusedBeforeTheOpeningAndAfterTheClosing() {
        Instant now = Instant.now();
        String closed = fixtures.campaign(slug, "editor.rennes", bank, now.minus(Duration.ofDays(30)),
                now.minus(Duration.ofDays(1))).get("linkToken").toString();
        String notYet = fixtures.campaign(slug, "editor.rennes", bank, now.plus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30))).get("linkToken").toString();

        fixtures.answer(closed, QuestionnaireFixtures.randomToken(), 3).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mutualis:problem:campaign-not-open")
                .jsonPath("$.state").isEqualTo("CLOSED");
        fixtures.answer(notYet, QuestionnaireFixtures.randomToken(), 3).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.state").isEqualTo("NOT_YET_OPEN");
    }

    @Test
    void invalidAnswersAreRefusedWithTheFieldNamed() {
        String link = open().get("linkToken").toString();
        client.post().uri("/public/v1/campaigns/{token}/responses", link)
                .bodyValue(Map.of("respondentToken", "too-short", "answers", java.util.List.of())).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("respondentToken");
        client.post().uri("/public/v1/campaigns/{token}/responses", link)
                .bodyValue(Map.of("respondentToken", QuestionnaireFixtures.randomToken(), "answers", java.util.List.of(
                        Map.of("questionId", "0190a6f0-0000-7000-8000-000000000000", "choiceIds",
                                java.util.List.of())))).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("answers");
    }

    @Test
    void resultsShowNoFigureBelowFiveAnswersAndShowThemFromFive() {
        Map<?, ?> campaign = open();
        String link = campaign.get("linkToken").toString();
        for (int right : new int[] {3, 3, 1, 0}) {
            fixtures.answer(link, right);
        }
        results(campaign).expectStatus().isOk().expectBody()
                .jsonPath("$.enoughAnswers").isEqualTo(false).jsonPath("$.minimumAnswers").isEqualTo(5)
                .jsonPath("$.answers").doesNotExist().jsonPath("$.score").doesNotExist()
                .jsonPath("$.themes.length()").isEqualTo(0).jsonPath("$.network").doesNotExist();

        fixtures.answer(link, 2);

        // Respondent scores 100, 100, 33.33, 0, 66.67; Réemploi right 4+... of 10 answers, Impression 2 of 5.
        results(campaign).expectStatus().isOk().expectBody()
                .jsonPath("$.enoughAnswers").isEqualTo(true).jsonPath("$.answers").isEqualTo(5)
                .jsonPath("$.participationRate").isEqualTo(2.1)
                .jsonPath("$.score").isEqualTo(60.0)
                .jsonPath("$.themes[0].theme").isEqualTo("Réemploi").jsonPath("$.themes[0].score").isEqualTo(70.0)
                .jsonPath("$.themes[1].theme").isEqualTo("Impression").jsonPath("$.themes[1].score").isEqualTo(40.0);
        as("viewer.quimper", client.get().uri("/api/v1/authorities/{slug}/campaigns/{id}/results", slug,
                campaign.get("id"))).exchange().expectStatus().isOk();
    }

    @Test
    void resultsCompareWithTheAuthoritysPreviousCampaignsAndTheNetworkMedian() throws SQLException {
        Map<?, ?> older = answered(5, 3);
        moveToLastYear(older.get("id").toString());
        answered(5, 0);
        Map<?, ?> current = answered(5, 2);

        results(current).expectStatus().isOk().expectBody()
                .jsonPath("$.previousCampaigns[0].campaignId").isEqualTo(older.get("id"))
                .jsonPath("$.previousCampaigns[0].score").isEqualTo(100.0)
                .jsonPath("$.network.campaigns").value(count -> assertThat((Integer) count).isGreaterThanOrEqualTo(3))
                .jsonPath("$.network.median").exists();

        int lastYear = Instant.parse(older.get("closesAt").toString()).atZone(java.time.ZoneId.of("Europe/Paris"))
                .getYear() - 1;
        var latest = scores.latestScore(authorityId(), Audience.AGENTS, lastYear).block();
        assertThat(latest).isNotNull();
        assertThat(latest.campaignId().toString()).isEqualTo(older.get("id"));
        assertThat(latest.score()).isEqualByComparingTo("100.0");
        assertThat(scores.latestScore(authorityId(), Audience.ELECTED, lastYear).blockOptional()).isEmpty();
    }

    private Map<?, ?> answered(int respondents, int right) {
        Map<?, ?> campaign = open();
        for (int i = 0; i < respondents; i++) {
            fixtures.answer(campaign.get("linkToken").toString(), right);
        }
        return campaign;
    }

    private Map<?, ?> open() {
        return fixtures.campaign(slug, "editor.rennes", bank, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)).truncatedTo(ChronoUnit.SECONDS));
    }

    private WebTestClient.ResponseSpec results(Map<?, ?> campaign) {
        return as("editor.rennes", client.get().uri("/api/v1/authorities/{slug}/campaigns/{id}/results", slug,
                campaign.get("id"))).exchange();
    }

    /** Makes an answered campaign one that ran last year (what waiting a year would do). */
    private void moveToLastYear(String campaignId) throws SQLException {
        try (Connection admin = TestStack.postgres().connect(database.name()); Statement sql = admin.createStatement()) {
            sql.executeUpdate("UPDATE campaign SET opens_at = opens_at - interval '1 year', closes_at = closes_at - "
                    + "interval '1 year' WHERE id = '" + campaignId + "'");
            sql.executeUpdate("UPDATE campaign_tally SET closes_at = closes_at - interval '1 year' WHERE id = '"
                    + campaignId + "'");
        }
    }

    private java.util.UUID authorityId() throws SQLException {
        try (Connection admin = TestStack.postgres().connect(database.name()); Statement sql = admin.createStatement();
                var row = sql.executeQuery("SELECT id FROM authority WHERE slug = '" + slug + "'")) {
            row.next();
            return row.getObject(1, java.util.UUID.class);
        }
    }

    private static <S extends WebTestClient.RequestHeadersSpec<?>> S as(String user, S request) {
        request.headers(h -> h.setBearerAuth(TestStack.accessToken(user)));
        return request;
    }
}
