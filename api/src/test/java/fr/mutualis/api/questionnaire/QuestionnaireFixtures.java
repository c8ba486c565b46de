package fr.mutualis.api.questionnaire;

import fr.mutualis.stack.TestStack;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Question banks and campaigns made through the real api, for integration tests. */
public final class QuestionnaireFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebTestClient client;

    public QuestionnaireFixtures(WebTestClient client) {
        this.client = client;
    }

    /**
     * A bank of three questions written by the operator: two on the theme "Réemploi" (one single, one multiple choice)
     * and one on "Impression". The first choice of each question is right (and the second too for the multiple one).
     */
    public String bank() {
        String id = client.post().uri("/api/v1/questionnaires")
                .headers(h -> h.setBearerAuth(TestStack.accessToken("operator")))
                .bodyValue(Map.of("title", "Banque de test", "description", "Pour les tests"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        question(id, "SINGLE", "Réemploi", List.of(choice("Bonne", true), choice("Mauvaise", false)));
        question(id, "MULTIPLE", "Réemploi", List.of(choice("Vrai 1", true), choice("Vrai 2", true),
                choice("Faux", false)));
        question(id, "SINGLE", "Impression", List.of(choice("Juste", true), choice("Fausse", false)));
        return id;
    }

    public void question(String bank, String kind, String theme, List<Map<String, Object>> choices) {
        client.post().uri("/api/v1/questionnaires/{id}/questions", bank)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("operator")))
                .bodyValue(Map.of("kind", kind, "text", "Question sur " + theme + " ?",
                        "explanation", "Parce que c'est ainsi.", "theme", theme, "source", "Loi REEN, art. 16",
                        "choices", choices))
                .exchange().expectStatus().isCreated();
    }

    public static Map<String, Object> choice(String label, boolean correct) {
        return Map.of("label", label, "correct", correct);
    }

    /** A campaign created by an administrator of the authority; its link token. */
    public Map<?, ?> campaign(String slug, String admin, String bank, Instant opensAt, Instant closesAt) {
        return client.post().uri("/api/v1/authorities/{slug}/campaigns", slug)
                .headers(h -> h.setBearerAuth(TestStack.accessToken(admin)))
                .bodyValue(Map.of("questionnaireId", bank, "audience", "AGENTS", "opensAt", opensAt.toString(),
                        "closesAt", closesAt.toString()))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Answers the campaign anonymously from a new browser: {@code right} questions right (from the first), the
     * others wrong; the respondent token used.
     */
    public String answer(String linkToken, int right) {
        String respondent = randomToken();
        answer(linkToken, respondent, right).expectStatus().isCreated();
        return respondent;
    }

    public WebTestClient.ResponseSpec answer(String linkToken, String respondent, int right) {
        List<Map<String, Object>> questions = questions(linkToken);
        List<Map<String, Object>> answers = new java.util.ArrayList<>();
        for (int index = 0; index < questions.size(); index++) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> choices = (List<Map<String, Object>>) questions.get(index).get("choices");
            boolean multiple = "MULTIPLE".equals(questions.get(index).get("kind"));
            List<Object> chosen = index < right
                    ? (multiple ? List.of(choices.get(0).get("id"), choices.get(1).get("id"))
                            : List.of(choices.get(0).get("id")))
                    : List.of(choices.getLast().get("id"));
            answers.add(Map.of("questionId", questions.get(index).get("id"), "choiceIds", chosen));
        }
        return client.post().uri("/public/v1/campaigns/{token}/responses", linkToken)
                .bodyValue(Map.of("respondentToken", respondent, "answers", answers)).exchange();
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> questions(String linkToken) {
        return (List<Map<String, Object>>) client.get().uri("/public/v1/campaigns/{token}", linkToken).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("questions");
    }
}
