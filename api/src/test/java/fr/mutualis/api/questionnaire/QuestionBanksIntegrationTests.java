package fr.mutualis.api.questionnaire;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.stack.TestStack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Shared question banks: every user reads them, only the operator writes them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
class QuestionBanksIntegrationTests {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    @Test
    void theOperatorWritesABankThatEveryUserReads() {
        String bank = new QuestionnaireFixtures(client).bank();

        as("viewer.quimper", client.get().uri("/api/v1/questionnaires")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + bank + "')].title").isEqualTo("Banque de test");
        as("viewer.quimper", client.get().uri("/api/v1/questionnaires/{id}", bank)).exchange().expectStatus().isOk()
                .expectHeader().exists("ETag")
                .expectBody().jsonPath("$.questions.length()").isEqualTo(3)
                .jsonPath("$.questions[1].kind").isEqualTo("MULTIPLE")
                .jsonPath("$.questions[1].theme").isEqualTo("Réemploi")
                .jsonPath("$.questions[1].source").isEqualTo("Loi REEN, art. 16")
                .jsonPath("$.questions[1].choices[2].correct").isEqualTo(false);
    }

    @Test
    void onlyTheOperatorWritesBanks() {
        as("admin.bretagne", client.post().uri("/api/v1/questionnaires"))
                .bodyValue(Map.of("title", "Ma banque")).exchange().expectStatus().isForbidden();
        String bank = new QuestionnaireFixtures(client).bank();
        as("admin.bretagne", client.post().uri("/api/v1/questionnaires/{id}/questions", bank))
                .bodyValue(question("SINGLE", List.of(QuestionnaireFixtures.choice("A", true),
                        QuestionnaireFixtures.choice("B", false)))).exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/questionnaires").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aSingleChoiceQuestionHasExactlyOneRightChoice() {
        String bank = new QuestionnaireFixtures(client).bank();
        as("operator", client.post().uri("/api/v1/questionnaires/{id}/questions", bank))
                .bodyValue(question("SINGLE", List.of(QuestionnaireFixtures.choice("A", true),
                        QuestionnaireFixtures.choice("B", true)))).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("choices");
        as("operator", client.post().uri("/api/v1/questionnaires/{id}/questions", bank))
                .bodyValue(Map.of("kind", "SINGLE", "text", "Sans explication ?", "theme", "Réemploi",
                        "source", "x", "choices", List.of())).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[?(@.field == 'explanation')]").exists();
    }

    @Test
    void theOperatorRewritesAQuestionWithIfMatch() {
        String bank = new QuestionnaireFixtures(client).bank();
        String question = as("operator", client.get().uri("/api/v1/questionnaires/{id}", bank)).exchange()
                .expectBody(Map.class).returnResult().getResponseBody().get("questions").toString()
                .replaceFirst("(?s).*?id=([0-9a-f-]{36}).*", "$1");
        Map<String, Object> body = question("MULTIPLE", List.of(QuestionnaireFixtures.choice("A", true),
                QuestionnaireFixtures.choice("B", true)));

        as("operator", client.put().uri("/api/v1/questionnaires/{id}/questions/{q}", bank, question))
                .header("If-Match", "\"7\"").bodyValue(body).exchange().expectStatus().isEqualTo(412);
        as("operator", client.put().uri("/api/v1/questionnaires/{id}/questions/{q}", bank, question))
                .header("If-Match", "\"0\"").bodyValue(body).exchange().expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.kind").isEqualTo("MULTIPLE").jsonPath("$.choices.length()").isEqualTo(2);
    }

    private static Map<String, Object> question(String kind, List<Map<String, Object>> choices) {
        return Map.of("kind", kind, "text", "Une question ?", "explanation", "Une explication.", "theme", "Réemploi",
                "source", "Décret n° 2023-266", "choices", choices);
    }

    private static <S extends WebTestClient.RequestHeadersSpec<?>> S as(String user, S request) {
        request.headers(h -> h.setBearerAuth(TestStack.accessToken(user)));
        return request;
    }
}
