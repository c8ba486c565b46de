package fr.mutualis.api.practice;

import fr.mutualis.stack.TestStack;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Practices written through the real api, for integration tests. */
final class PracticeFixtures {

    private final WebTestClient client;

    PracticeFixtures(WebTestClient client) {
        this.client = client;
    }

    static Map<String, Object> practice(String title, String summary, String body, String status) {
        Map<String, Object> practice = new HashMap<>(Map.of("title", title, "summary", summary, "body", body,
                "theme", "PROCUREMENT", "tags", List.of("achats"), "effort", "LOW", "cost", "MEDIUM",
                "impact", "HIGH", "indicators", List.of("REUSE_PURCHASE_SHARE"), "status", status));
        practice.put("visibility", "NETWORK");
        return practice;
    }

    /** Creates the practice as this user and answers its id. */
    String create(String username, String slug, Map<String, Object> practice) {
        return client.post().uri("/api/v1/authorities/{slug}/practices", slug)
                .headers(h -> h.setBearerAuth(TestStack.accessToken(username))).bodyValue(practice)
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    /** A published practice with this title, summary and body (theme PROCUREMENT unless changed). */
    String publish(String username, String slug, String title, String summary, String body) {
        return create(username, slug, practice(title, summary, body, "PUBLISHED"));
    }
}
