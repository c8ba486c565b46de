package fr.mutualis.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The demo question bank (written by the operator) and a campaign of the Région Bretagne for its agents, answered
 * anonymously by 8 browsers so that its results show. Idempotent: the bank is found by its title and completed
 * question by question; a campaign of the bank with enough answers means there is nothing left to do.
 *
 * <p>The campaign opened a month ago and closes two minutes after seeding (answers are only accepted while a campaign
 * is open, and the demo goes through the api): by the time someone looks, it is a past campaign with results.
 */
final class DemoQuestionnaires {

    private static final int RESPONDENTS = 8;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI api;
    private final Function<String, String> tokens;
    private final Consumer<String> changed;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoQuestionnaires(URI api, Function<String, String> tokens, Consumer<String> changed) {
        this.api = api;
        this.tokens = tokens;
        this.changed = changed;
    }

    void seed() {
        String bank = bank(tokens.apply("operator"));
        String admin = tokens.apply("admin.bretagne");
        JsonNode campaigns = expect(send("GET", "/api/v1/authorities/region-bretagne/campaigns?limit=200", admin, null),
                200, "list the campaigns of region-bretagne");
        for (JsonNode campaign : campaigns.path("items")) {
            if (bank.equals(campaign.path("questionnaireId").asText()) && campaign.path("enoughAnswers").asBoolean()) {
                return;
            }
        }
        Instant now = Instant.now();
        JsonNode campaign = expect(send("POST", "/api/v1/authorities/region-bretagne/campaigns", admin, Map.of(
                "questionnaireId", bank, "audience", "AGENTS", "opensAt", now.minus(Duration.ofDays(30)).toString(),
                "closesAt", now.plus(Duration.ofMinutes(2)).toString())), 201, "create the demo campaign");
        String link = campaign.path("linkToken").asText();
        JsonNode questions = expect(send("GET", "/public/v1/campaigns/" + link, null, null), 200,
                "open the demo campaign").path("questions");
        for (int respondent = 0; respondent < RESPONDENTS; respondent++) {
            expect(send("POST", "/public/v1/campaigns/" + link + "/responses", null, Map.of(
                    "respondentToken", randomToken(), "answers", answers(questions, respondent))), 201,
                    "answer the demo campaign");
        }
        changed.accept("campaign of region-bretagne on \"" + DemoQuestionnaireContent.TITLE + "\" answered by "
                + RESPONDENTS + " agents");
    }

    /** The bank's id, created or completed as needed. */
    private String bank(String operator) {
        JsonNode banks = expect(send("GET", "/api/v1/questionnaires?limit=200", operator, null), 200,
                "list the question banks");
        String id = null;
        for (JsonNode bank : banks.path("items")) {
            if (DemoQuestionnaireContent.TITLE.equals(bank.path("title").asText())) {
                id = bank.path("id").asText();
            }
        }
        if (id == null) {
            id = expect(send("POST", "/api/v1/questionnaires", operator, Map.of("title", DemoQuestionnaireContent.TITLE,
                    "description", DemoQuestionnaireContent.DESCRIPTION)), 201, "create the demo bank")
                    .path("id").asText();
            changed.accept("question bank \"" + DemoQuestionnaireContent.TITLE + "\" created");
        }
        Set<String> present = new HashSet<>();
        expect(send("GET", "/api/v1/questionnaires/" + id, operator, null), 200, "read the demo bank")
                .path("questions").forEach(question -> present.add(question.path("text").asText()));
        for (DemoQuestionnaireContent.Question question : DemoQuestionnaireContent.QUESTIONS) {
            if (!present.contains(question.text())) {
                expect(send("POST", "/api/v1/questionnaires/" + id + "/questions", operator, question), 201,
                        "add a demo question");
                changed.accept("question added: " + question.text());
            }
        }
        return id;
    }

    /**
     * Plausible answers: most respondents know the law and reuse, fewer know footprint figures. Respondent r answers
     * the question q right unless (r + 2q) % 5 == 0, or for the footprint questions, when r is odd. Wrong answers pick
     * the last choice that is wrong.
     */
    private static List<Map<String, Object>> answers(JsonNode questions, int respondent) {
        List<Map<String, Object>> answers = new ArrayList<>();
        for (int q = 0; q < questions.size(); q++) {
            JsonNode question = questions.get(q);
            DemoQuestionnaireContent.Question content = DemoQuestionnaireContent.QUESTIONS.stream()
                    .filter(written -> written.text().equals(question.path("text").asText())).findFirst().orElseThrow();
            boolean right = (respondent + 2 * q) % 5 != 0
                    && !(content.theme().equals("Empreinte du matériel") && respondent % 2 == 1);
            List<String> chosen = new ArrayList<>();
            for (int c = 0; c < content.choices().size(); c++) {
                if (right ? content.choices().get(c).correct() : !content.choices().get(c).correct()) {
                    chosen.add(question.path("choices").get(c).path("id").asText());
                }
            }
            answers.add(Map.of("questionId", question.path("id").asText(),
                    "choiceIds", right ? chosen : List.of(chosen.getLast())));
        }
        return answers;
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private HttpResponse<String> send(String method, String path, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Demo data: the api did not answer " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo data: interrupted", e);
        }
    }

    private static JsonNode expect(HttpResponse<String> answer, int status, String what) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException("Demo data: could not " + what + ": the api answered "
                    + answer.statusCode() + " " + answer.body());
        }
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
