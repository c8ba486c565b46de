package fr.mutualis.stack;

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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The reuse demo, through the real api: {@code partner-demo} (the dev realm's confidential client) registered as a
 * Finistère reuse association; the Région Bretagne hands it 120 laptops retired last year, which it reports as 95
 * refurbished and 25 recycled (so the compliance report of this year shows them); a few purchases of this year; the
 * Région's review of the partner. Idempotent: each step looks first and resumes a lot where it stopped.
 */
public final class DemoReuse {

    public static final String PARTNER_CLIENT = "partner-demo";
    public static final String PARTNER_SECRET = "partner-demo-secret";
    static final String LOT_DESCRIPTION = "Démo : ordinateurs portables des lycées, renouvellement 2025";
    private static final String REGION = "region-bretagne";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI api;
    private final KeycloakServer keycloak;
    private final Consumer<String> changed;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public DemoReuse(URI api, KeycloakServer keycloak, Consumer<String> changed) {
        this.api = api;
        this.keycloak = keycloak;
        this.changed = changed;
    }

    public void seed() {
        String operator = keycloak.passwordToken("mutualis", "mutualis-cli", "operator", "demo");
        String editor = keycloak.passwordToken("mutualis", "mutualis-cli", "editor.bretagne", "demo");
        String partnerId = ensurePartner(operator);
        handOverLaptops(editor);
        ensurePurchases(editor);
        ensureReview(editor, partnerId);
    }

    private String ensurePartner(String operator) {
        for (JsonNode partner : call("GET", "/api/v1/partners?department=29&limit=200", operator, null, 200)
                .path("items")) {
            if (PARTNER_CLIENT.equals(partner.path("clientId").asText())) {
                return partner.path("id").asText();
            }
        }
        JsonNode created = call("POST", "/api/v1/partners", operator, Map.of(
                "name", "Ordi Solidaire Finistère (démo)", "siret", "83214530700019", "kind", "ASSOCIATION",
                "services", List.of("COLLECTION", "DATA_ERASURE", "REFURBISHMENT", "DONATION", "RECYCLING"),
                "categories", List.of("LAPTOP", "DESKTOP", "MONITOR", "SMARTPHONE"),
                "departments", List.of("29"), "labels", List.of("ESS", "Emmaüs Connect (exemple)"),
                "clientId", PARTNER_CLIENT), 201);
        changed.accept("partner partner-demo registered");
        return created.path("partner").path("id").asText();
    }

    private void handOverLaptops(String editor) {
        JsonNode lot = null;
        for (JsonNode candidate : call("GET", "/api/v1/authorities/" + REGION + "/lots?limit=200", editor, null, 200)
                .path("items")) {
            if (LOT_DESCRIPTION.equals(candidate.path("description").asText())) {
                lot = candidate;
            }
        }
        if (lot == null) {
            lot = call("POST", "/api/v1/authorities/" + REGION + "/lots", editor, Map.of("category", "LAPTOP",
                    "quantity", 120, "averageAgeYears", 5.5, "condition", "WORKING", "dataErasureRequired", true,
                    "departmentCode", "29", "destination", "EXTERNAL_REUSE", "description", LOT_DESCRIPTION,
                    "retiredOn", (LocalDate.now().getYear() - 1) + "-11-15"), 201);
        }
        String id = lot.path("id").asText();
        String status = lot.path("status").asText();
        String partner = partnerToken();
        String lotPath = "/api/v1/authorities/" + REGION + "/lots/" + id;
        status = step(status, "DECLARED", () -> call("POST", lotPath + "/offer", editor, null, 200));
        status = step(status, "OFFERED", () -> call("POST", "/public/v1/lots/" + id + "/claim", partner, null, 200));
        status = step(status, "CLAIMED", () -> call("POST", lotPath + "/collection", editor, null, 200));
        step(status, "COLLECTED", () -> call("POST", "/public/v1/lots/" + id + "/outcome", partner, Map.of(
                "reused", 0, "refurbished", 95, "recycled", 25, "destroyed", 0,
                "erasureCertificateRef", "DEMO-EFFACEMENT-001"), 200));
    }

    private String step(String status, String from, Runnable move) {
        if (!status.equals(from)) {
            return status;
        }
        move.run();
        String next = switch (from) {
            case "DECLARED" -> "OFFERED";
            case "OFFERED" -> "CLAIMED";
            case "CLAIMED" -> "COLLECTED";
            default -> "PROCESSED";
        };
        changed.accept("Région Bretagne laptops lot: " + next);
        return next;
    }

    private void ensurePurchases(String editor) {
        int year = LocalDate.now().getYear();
        String path = "/api/v1/authorities/" + REGION + "/purchases";
        if (!call("GET", path + "?year=" + year, editor, null, 200).path("items").isEmpty()) {
            return;
        }
        List.of(Map.<String, Object>of("year", year, "category", "LAPTOP", "quantity", 300, "amount", 240000,
                        "fromReuse", false, "recycledContent", false, "supplier", "UGAP"),
                Map.<String, Object>of("year", year, "category", "LAPTOP", "quantity", 80, "amount", 28000,
                        "fromReuse", true, "recycledContent", false, "supplier", "Ordi Solidaire Finistère (démo)"),
                Map.<String, Object>of("year", year, "category", "MONITOR", "quantity", 150, "amount", 22500,
                        "fromReuse", false, "recycledContent", true, "supplier", "UGAP"))
                .forEach(purchase -> call("POST", path, editor, purchase, 201));
        changed.accept("Région Bretagne purchases of " + year);
    }

    private void ensureReview(String editor, String partnerId) {
        for (JsonNode review : call("GET", "/api/v1/partners/" + partnerId, editor, null, 200).path("reviews")) {
            if (REGION.equals(review.path("authority").asText())) {
                return;
            }
        }
        call("POST", "/api/v1/authorities/" + REGION + "/partners/" + partnerId + "/reviews", editor,
                Map.of("rating", 5, "comment", "Collecte en une semaine, certificats d’effacement fournis."), 201);
        changed.accept("Région Bretagne review of partner-demo");
    }

    private String partnerToken() {
        return keycloak.token("mutualis", Map.of("grant_type", "client_credentials", "client_id", PARTNER_CLIENT,
                "client_secret", PARTNER_SECRET)).path("access_token").asText();
    }

    private JsonNode call(String method, String path, String token, Object body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        try {
            request.header("Content-Type", "application/json").method(method, body == null
                    ? HttpRequest.BodyPublishers.ofString(method.equals("GET") ? "" : "{}")
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != expected) {
                throw new IllegalStateException("Demo reuse: " + method + " " + path + " answered "
                        + answer.statusCode() + " " + answer.body());
            }
            return JSON.readTree(answer.body().isEmpty() ? "{}" : answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Demo reuse: the api did not answer " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo reuse: interrupted", e);
        }
    }
}
