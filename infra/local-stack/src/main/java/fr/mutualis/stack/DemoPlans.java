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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The demo action plans, put in through the real api: the Région Bretagne's plan of 20 orientations over 2021–2023
 * (those named in its 2021 plan, and plausible others), partly done and published to the network, and Rennes
 * Métropole's plan, which adopted three of them. Idempotent: a plan that exists (by title) is left as it is.
 */
final class DemoPlans {

    static final String BRETAGNE_PLAN = "Plan Numérique responsable 2021-2023";
    static final String RENNES_PLAN = "Plan Numérique responsable de Rennes Métropole 2023-2026";

    /** An orientation: title, theme, status, progress, objective, indicators (code, target, year), sub-actions. */
    record Orientation(String title, String theme, String status, int progress, String objective,
            List<Object[]> indicators, List<Orientation> subActions) {
    }

    static final List<Orientation> ORIENTATIONS = List.of(
            o("Repenser l'achat des mobiles professionnels", "PROCUREMENT", "DONE", 100,
                    "Un mobile professionnel pour les seuls agents qui en ont besoin", i("EQ_PER_AGENT", 1.6, 2023)),
            o("Améliorer la stratégie d'impression", "USAGE", "IN_PROGRESS", 70,
                    "Diviser par deux les pages imprimées par agent", i("PAGES_PER_AGENT", 2500, 2023),
                    i("AGENTS_PER_PRINTER", 25, 2023)),
            o("Définir la stratégie datacenter", "DATA_CENTRES_HOSTING", "IN_PROGRESS", 50,
                    "Un PUE inférieur à 1,5 pour les salles de la Région", i("DC_PUE", 1.5, 2023)),
            o("Participer au collège des collectivités de l'INR", "STRATEGY_GOVERNANCE", "DONE", 100, null),
            new Orientation("Généraliser le reconditionnement", "END_OF_LIFE", "IN_PROGRESS", 60,
                    "20 % des achats informatiques issus du réemploi (loi AGEC)",
                    List.of(i("REUSE_PURCHASE_SHARE", 20, 2023), i("RETIRED_REUSE_RATE", 50, 2025)), List.of(
                            o("Donner le matériel réformé aux associations de réemploi", "END_OF_LIFE", "DONE", 100,
                                    null),
                            o("Redéployer le matériel en interne", "END_OF_LIFE", "IN_PROGRESS", 50, null),
                            o("Acheter du matériel reconditionné", "PROCUREMENT", "IN_PROGRESS", 30, null))),
            o("Distinguer les services vitaux des services moins essentiels", "EQUIPMENT_REDUCTION", "PLANNED", 10,
                    "Réserver le matériel neuf aux services vitaux, le matériel en fin de vie aux autres"),
            o("Soutenir la filière locale du reconditionnement", "END_OF_LIFE", "IN_PROGRESS", 40,
                    "Confier le matériel réformé à des reconditionneurs bretons de l'ESS",
                    i("LOCAL_REFURB_SHARE", 60, 2023)),
            o("Former les agents et les élus", "TRAINING_AWARENESS", "IN_PROGRESS", 45,
                    "80 % des agents et 50 % des élus formés au numérique responsable",
                    i("AGENTS_TRAINED", 80, 2023), i("ELECTED_TRAINED", 50, 2023)),
            o("Mesurer les connaissances par des questionnaires réguliers, puis avec PIX", "MEASUREMENT", "PLANNED",
                    15, null, i("PIX_NR_COMPLETED", 30, 2024)),
            o("Réduire la fracture numérique", "DIGITAL_INCLUSION", "IN_PROGRESS", 35,
                    "Financer la médiation numérique dans chaque pays breton", i("INCLUSION_SUPPORT", 5, 2023)),
            o("Respecter l'éthique des données personnelles", "DATA_ETHICS", "IN_PROGRESS", 50,
                    "Publier en données ouvertes les jeux de données régionaux sans données personnelles"),
            o("Mesurer l'empreinte du parc informatique", "MEASUREMENT", "DONE", 100, null,
                    i("EMBODIED_CO2_PER_AGENT", 120, 2023)),
            o("Allonger la durée de vie des postes de travail", "EQUIPMENT_REDUCTION", "IN_PROGRESS", 60,
                    "Des postes gardés 6 ans en moyenne", i("LIFESPAN_RETIRED", 6, 2023)),
            o("Écoconcevoir les services en ligne de la Région", "ECO_DESIGN", "IN_PROGRESS", 30,
                    "60 % des critères applicables du RGESN respectés", i("RGESN_SCORE", 60, 2023)),
            o("Introduire des clauses environnementales dans les marchés numériques", "PROCUREMENT", "IN_PROGRESS",
                    55, null),
            o("Sobriété des usages : visioconférence et messagerie", "USAGE", "PLANNED", 0, null),
            o("Réduire le nombre d'équipements par agent", "EQUIPMENT_REDUCTION", "IN_PROGRESS", 40, null,
                    i("EQ_PER_AGENT", 1.5, 2023)),
            o("Collecter et traiter les DEEE dans une filière agréée", "END_OF_LIFE", "DONE", 100, null,
                    i("EWASTE_PER_AGENT", 2, 2023)),
            o("Créer un comité de pilotage Numérique responsable", "STRATEGY_GOVERNANCE", "DONE", 100, null),
            o("Mutualiser l'hébergement avec Mégalis Bretagne", "DATA_CENTRES_HOSTING", "PAUSED", 20, null));

    /** The orientations of Bretagne that Rennes Métropole adopted. */
    static final List<String> ADOPTED_BY_RENNES = List.of("Améliorer la stratégie d'impression",
            "Généraliser le reconditionnement", "Former les agents et les élus");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI api;
    private final KeycloakServer keycloak;
    private final Consumer<String> changed;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoPlans(URI api, KeycloakServer keycloak, Consumer<String> changed) {
        this.api = api;
        this.keycloak = keycloak;
        this.changed = changed;
    }

    void seed() {
        String bretagne = keycloak.passwordToken("mutualis", "mutualis-cli", "editor.bretagne", "demo");
        if (existing(bretagne, "region-bretagne", BRETAGNE_PLAN) == null) {
            String plan = createPlan(bretagne, "region-bretagne", BRETAGNE_PLAN, 2021, 2023, "INR_LEVEL_1");
            for (Orientation orientation : ORIENTATIONS) {
                String parent = addAction(bretagne, "region-bretagne", plan, orientation, null);
                orientation.subActions().forEach(sub -> addAction(bretagne, "region-bretagne", plan, sub, parent));
            }
            call("POST", "/api/v1/authorities/region-bretagne/plans/" + plan + "/publication", bretagne,
                    Map.of("visibility", "PUBLIC"), 200);
            changed.accept("published the Région Bretagne's plan of " + ORIENTATIONS.size() + " orientations");
        }
        String rennes = keycloak.passwordToken("mutualis", "mutualis-cli", "editor.rennes", "demo");
        if (existing(rennes, "rennes-metropole", RENNES_PLAN) == null) {
            adoptThree(bretagne, rennes);
        }
    }

    private void adoptThree(String bretagne, String rennes) {
        String source = existing(bretagne, "region-bretagne", BRETAGNE_PLAN);
        String plan = createPlan(rennes, "rennes-metropole", RENNES_PLAN, 2023, 2026, "NONE");
        JsonNode actions = call("GET", "/api/v1/authorities/region-bretagne/plans/" + source + "/actions?limit=200",
                bretagne, null, 200).path("items");
        for (JsonNode action : actions) {
            if (ADOPTED_BY_RENNES.contains(action.path("title").asText())) {
                call("POST", "/api/v1/authorities/rennes-metropole/plans/" + plan + "/adoptions", rennes,
                        Map.of("sourceActionId", action.path("id").asText()), 201);
            }
        }
        call("POST", "/api/v1/authorities/rennes-metropole/plans/" + plan + "/publication", rennes,
                Map.of("visibility", "NETWORK"), 200);
        changed.accept("Rennes Métropole adopted " + ADOPTED_BY_RENNES.size() + " orientations of the Région Bretagne");
    }

    private String existing(String token, String slug, String title) {
        for (JsonNode plan : call("GET", "/api/v1/authorities/" + slug + "/plans?limit=200", token, null, 200)
                .path("items")) {
            if (title.equals(plan.path("title").asText())) {
                return plan.path("id").asText();
            }
        }
        return null;
    }

    private String createPlan(String token, String slug, String title, int start, int end, String label) {
        return call("POST", "/api/v1/authorities/" + slug + "/plans", token, Map.of("title", title, "startYear", start,
                "endYear", end, "labelTarget", label), 201).path("id").asText();
    }

    private String addAction(String token, String slug, String plan, Orientation orientation, String parent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", orientation.title());
        body.put("theme", orientation.theme());
        body.put("status", orientation.status());
        body.put("progress", orientation.progress());
        body.put("priority", orientation.progress() < 30 ? "HIGH" : "MEDIUM");
        body.put("pilot", "Mission Numérique responsable");
        if (orientation.objective() != null) {
            body.put("objective", orientation.objective());
        }
        if (parent != null) {
            body.put("parentActionId", parent);
        }
        List<Map<String, Object>> indicators = new ArrayList<>();
        orientation.indicators().forEach(indicator -> indicators.add(Map.of("code", indicator[0], "target",
                indicator[1], "targetYear", indicator[2])));
        body.put("indicators", indicators);
        return call("POST", "/api/v1/authorities/" + slug + "/plans/" + plan + "/actions", token, body, 201)
                .path("id").asText();
    }

    private JsonNode call(String method, String path, String token, Object body, int expected) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
            request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                    : request.header("Content-Type", "application/json").method(method,
                            HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != expected) {
                throw new IllegalStateException("Demo plans: " + method + " " + path + " answered "
                        + answer.statusCode() + " " + answer.body());
            }
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Demo plans: the api did not answer " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo plans: interrupted", e);
        }
    }

    private static Orientation o(String title, String theme, String status, int progress, String objective,
            Object[]... indicators) {
        return new Orientation(title, theme, status, progress, objective, List.of(indicators), List.of());
    }

    private static Object[] i(String code, Number target, int year) {
        return new Object[] {code, target, year};
    }
}
