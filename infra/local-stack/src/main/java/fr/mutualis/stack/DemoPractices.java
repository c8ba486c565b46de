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
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The demo best practices (issue 7), written for the demo from the founding case and the law in
 * {@code shared/design/domain.md}, and put in through the real api. Idempotent: a practice whose title its authority
 * already has is left alone; endorsements are one per authority; a comment is only added once.
 */
final class DemoPractices {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI api;
    private final KeycloakServer keycloak;
    private final Consumer<String> changed;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoPractices(URI api, KeycloakServer keycloak, Consumer<String> changed) {
        this.api = api;
        this.keycloak = keycloak;
        this.changed = changed;
    }

    void seed() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (DemoPractice practice : DemoPracticeTexts.ALL) {
            ids.put(practice.title(), ensure(practice));
        }
        endorse("editor.rennes", "rennes-metropole", ids.get(DemoPracticeTexts.PRINTING));
        endorse("editor.bretagne", "region-bretagne", ids.get(DemoPracticeTexts.WORKSHOPS));
        endorse("viewer.quimper", "ville-de-quimper", ids.get(DemoPracticeTexts.REUSE));
        comment("viewer.quimper", "ville-de-quimper", ids.get(DemoPracticeTexts.REUSE),
                "Comment avez-vous choisi l'association ? Nous hésitons entre une structure d'insertion et un "
                        + "reconditionneur privé.");
    }

    /** The id of the practice, created if its authority does not have it yet. */
    private String ensure(DemoPractice practice) {
        String token = token(practice.author());
        String list = "/api/v1/authorities/" + practice.authority() + "/practices?limit=200";
        for (JsonNode existing : call("GET", list, token, null, 200).path("items")) {
            if (existing.path("title").asText().equals(practice.title())) {
                return existing.path("id").asText();
            }
        }
        JsonNode created = call("POST", "/api/v1/authorities/" + practice.authority() + "/practices", token,
                practice.request(), 201);
        changed.accept("practice \"" + practice.title() + "\" of " + practice.authority() + " published");
        return created.path("id").asText();
    }

    private void endorse(String username, String authority, String practiceId) {
        HttpResponse<String> answer = send("POST", "/api/v1/practices/" + practiceId + "/endorsement?authority="
                + authority, token(username), Map.of());
        if (answer.statusCode() == 201) {
            changed.accept(authority + " endorses practice " + practiceId);
        } else if (answer.statusCode() != 200) {
            throw failure("endorse practice " + practiceId + " for " + authority, answer);
        }
    }

    private void comment(String username, String authority, String practiceId, String text) {
        String token = token(username);
        String path = "/api/v1/practices/" + practiceId + "/comments";
        Set<String> bodies = new HashSet<>();
        call("GET", path + "?limit=200", token, null, 200).path("items")
                .forEach(existing -> bodies.add(existing.path("body").asText()));
        if (!bodies.contains(text)) {
            call("POST", path + "?authority=" + authority, token, Map.of("body", text), 201);
            changed.accept(authority + " asked a question on practice " + practiceId);
        }
    }

    private String token(String username) {
        return keycloak.passwordToken("mutualis", "mutualis-cli", username, "demo");
    }

    private JsonNode call(String method, String path, String token, Object body, int expected) {
        HttpResponse<String> answer = send(method, path, token, body);
        if (answer.statusCode() != expected) {
            throw failure(method + " " + path, answer);
        }
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(String method, String path, String token, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
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

    private static IllegalStateException failure(String what, HttpResponse<String> answer) {
        return new IllegalStateException("Demo data: could not " + what + ": the api answered "
                + answer.statusCode() + " " + answer.body());
    }

    /** One demo practice: who writes it, for which authority, and what. */
    record DemoPractice(String author, String authority, String title, String summary, String body, String theme,
            List<String> tags, String effort, String cost, String impact, List<String> indicators, String visibility) {

        Map<String, Object> request() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("title", title);
            body.put("summary", summary);
            body.put("body", this.body);
            body.put("theme", theme);
            body.put("tags", tags);
            body.put("effort", effort);
            body.put("cost", cost);
            body.put("impact", impact);
            body.put("indicators", indicators);
            body.put("visibility", visibility);
            body.put("status", "PUBLISHED");
            return body;
        }
    }
}
