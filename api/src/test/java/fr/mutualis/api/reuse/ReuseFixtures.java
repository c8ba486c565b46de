package fr.mutualis.api.reuse;

import fr.mutualis.stack.TestData;
import fr.mutualis.stack.TestStack;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Partners, their tokens and lots in a given status, made through the real api and Keycloak. */
final class ReuseFixtures {

    record RegisteredPartner(String id, String clientId, String clientSecret, String webhookSecret) {
        String token() {
            return partnerToken(clientId, clientSecret);
        }
    }

    private final WebTestClient client;

    ReuseFixtures(WebTestClient client) {
        this.client = client;
    }

    static String partnerToken(String clientId, String secret) {
        return TestStack.keycloak().token(TestStack.REALM, Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret)).path("access_token").asText();
    }

    /** A valid SIRET: a valid SIREN, then an establishment number chosen so that the 14 digits pass Luhn. */
    static String siret() {
        String base = TestData.siren() + String.format("%04d", (int) (Math.random() * 10000));
        for (int last = 0; last < 10; last++) {
            if (Siret.isValid(base + last)) {
                return base + last;
            }
        }
        throw new IllegalStateException("no check digit");
    }

    static Map<String, Object> partnerBody(String name, List<String> departments, List<String> categories) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("siret", siret());
        body.put("kind", "ASSOCIATION");
        body.put("services", List.of("COLLECTION", "DATA_ERASURE", "REFURBISHMENT"));
        body.put("categories", categories);
        body.put("departments", departments);
        body.put("labels", List.of("ESS"));
        body.put("website", "https://example.org");
        return body;
    }

    @SuppressWarnings("unchecked")
    RegisteredPartner register(Map<String, Object> body) {
        Map<String, Object> answer = client.post().uri("/api/v1/partners")
                .headers(h -> h.setBearerAuth(TestStack.accessToken("operator"))).bodyValue(body)
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> partner = (Map<String, Object>) answer.get("partner");
        return new RegisteredPartner((String) partner.get("id"), (String) answer.get("clientId"),
                (String) answer.get("clientSecret"), (String) answer.get("webhookSecret"));
    }

    static Map<String, Object> lotBody(String category, int quantity, String department) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", category);
        body.put("quantity", quantity);
        body.put("averageAgeYears", 5.5);
        body.put("condition", "WORKING");
        body.put("dataErasureRequired", true);
        body.put("departmentCode", department);
        body.put("destination", "EXTERNAL_REUSE");
        return body;
    }

    String declare(String slug, String editorToken, Map<String, Object> body) {
        return client.post().uri("/api/v1/authorities/{slug}/lots", slug).headers(h -> h.setBearerAuth(editorToken))
                .bodyValue(body).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    WebTestClient.ResponseSpec authorityMove(String slug, String editorToken, String lotId, String action) {
        return client.post().uri("/api/v1/authorities/{slug}/lots/{id}/" + action, slug, lotId)
                .headers(h -> h.setBearerAuth(editorToken)).exchange();
    }

    WebTestClient.ResponseSpec claim(String partnerToken, String lotId) {
        return client.post().uri("/public/v1/lots/{id}/claim", lotId).headers(h -> h.setBearerAuth(partnerToken))
                .exchange();
    }

    WebTestClient.ResponseSpec outcome(String partnerToken, String lotId, int reused, int refurbished, int recycled,
            int destroyed, String certificate) {
        Map<String, Object> body = new HashMap<>(Map.of("reused", reused, "refurbished", refurbished,
                "recycled", recycled, "destroyed", destroyed));
        if (certificate != null) {
            body.put("erasureCertificateRef", certificate);
        }
        return client.post().uri("/public/v1/lots/{id}/outcome", lotId).headers(h -> h.setBearerAuth(partnerToken))
                .bodyValue(body).exchange();
    }

    /** A fresh lot of 10 laptops in département 29, driven to the status through the legal moves. */
    String lotIn(String status, String slug, String editorToken, String partnerToken) {
        String id = declare(slug, editorToken, lotBody("LAPTOP", 10, "29"));
        List<String> path = switch (status) {
            case "DECLARED" -> List.of();
            case "OFFERED" -> List.of("offer");
            case "CLAIMED" -> List.of("offer", "claim");
            case "COLLECTED" -> List.of("offer", "claim", "collection");
            case "PROCESSED" -> List.of("offer", "claim", "collection", "outcome");
            case "CANCELLED" -> List.of("offer", "cancellation");
            default -> throw new IllegalArgumentException(status);
        };
        for (String step : path) {
            WebTestClient.ResponseSpec response = switch (step) {
                case "claim" -> claim(partnerToken, id);
                case "outcome" -> outcome(partnerToken, id, 2, 6, 2, 0, "CERT-1");
                default -> authorityMove(slug, editorToken, id, step);
            };
            response.expectStatus().isOk();
        }
        return id;
    }
}
