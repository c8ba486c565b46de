package fr.mutualis.stack;

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
 * Demo measurements (issue 5), put in through the real api as the operator: four years (2022 to 2025) of several
 * indicators for every demo authority, so that comparisons show distributions, with a few confidential values and a
 * missing year; and device inventories of the Région Bretagne and Rennes Métropole, from which the api computes the
 * manufacturing footprint. Values are derived from the slug, indicator and year (no randomness): a second run sends
 * only the values that are missing (a value someone changed since is kept), and prints nothing when none is.
 */
final class DemoIndicators {

    /** Indicators of the demo, with a base value and how far values spread around it. */
    private record Spec(String code, double base, double spread, boolean perAgent, boolean whole) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("AGENTS_TRAINED", 35, 30, false, false),
            new Spec("ELECTED_TRAINED", 25, 25, false, false),
            new Spec("RETIRED_REUSE_RATE", 40, 30, false, false),
            new Spec("LIFESPAN_RETIRED", 6, 2, false, false),
            new Spec("DC_PUE", 1.7, 0.5, false, false),
            new Spec("EQ_PER_AGENT", 2.2, 0.8, true, true),
            new Spec("PAGES_PER_AGENT", 2400, 1500, true, true));

    private static final int FIRST_YEAR = 2022;
    private static final int LAST_YEAR = 2025;

    private final URI api;
    private final String operatorToken;
    private final Consumer<String> out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    DemoIndicators(URI api, String operatorToken, Consumer<String> out) {
        this.api = api;
        this.operatorToken = operatorToken;
        this.out = out;
    }

    /** Puts the demo measurements and inventories in; one line per authority where something changed. */
    List<String> seed() {
        List<String> changes = new ArrayList<>();
        for (DemoData.DemoAuthority authority : DemoData.AUTHORITIES) {
            String existing = existing(authority);
            int created = 0;
            for (Spec spec : SPECS) {
                for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
                    boolean there = existing.contains("\"indicator\":\"" + spec.code() + "\",\"year\":" + year + ",");
                    if (!there && !skipped(authority, spec, year)) {
                        created += put(authority, spec, year) ? 1 : 0;
                    }
                }
            }
            created += inventories(authority);
            if (created > 0) {
                changes.add(line(authority.slug() + ": " + created + " indicator values or inventories created"));
            }
        }
        return changes;
    }

    /** The authority's measurements as the api lists them (values someone changed since are kept as they are). */
    private String existing(DemoData.DemoAuthority authority) {
        HttpResponse<String> answer = send("GET", "/api/v1/authorities/" + authority.slug() + "/measurements?limit=200",
                null);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Demo data: could not list the measurements of " + authority.slug() + ": "
                    + answer.statusCode() + " " + answer.body());
        }
        return answer.body();
    }

    /** No per-agent figures without agents; PUE only for large authorities; Rennes Métropole skipped 2023 for training (a gap in its series). */
    private static boolean skipped(DemoData.DemoAuthority authority, Spec spec, int year) {
        if (spec.perAgent() && authority.agents() == null) {
            return true;
        }
        if (spec.code().equals("DC_PUE") && authority.kind().equals("COMMUNE") && authority.population() < 100_000) {
            return true;
        }
        return authority.slug().equals("rennes-metropole") && spec.code().equals("AGENTS_TRAINED") && year == 2023;
    }

    private boolean put(DemoData.DemoAuthority authority, Spec spec, int year) {
        double value = value(authority, spec, year);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("value", value);
        body.put("source", "Données de démonstration");
        body.put("comment", "");
        body.put("confidential", confidential(authority, spec));
        HttpResponse<String> answer = send("PUT", "/api/v1/authorities/" + authority.slug() + "/measurements/"
                + spec.code() + "/" + year, body);
        if (answer.statusCode() != 200 && answer.statusCode() != 201) {
            throw new IllegalStateException("Demo data: could not enter " + spec.code() + " " + year + " of "
                    + authority.slug() + ": " + answer.statusCode() + " " + answer.body());
        }
        return answer.statusCode() == 201;
    }

    /** A few confidential values: Brest's PUE, and one authority in seven for the printed pages. */
    private static boolean confidential(DemoData.DemoAuthority authority, Spec spec) {
        return (authority.slug().equals("ville-de-brest") && spec.code().equals("DC_PUE"))
                || (spec.code().equals("PAGES_PER_AGENT") && Math.floorMod(authority.slug().hashCode(), 7) == 0);
    }

    /** A value that improves a little each year, spread between authorities by a hash of the slug. */
    static double value(DemoData.DemoAuthority authority, Spec spec, int year) {
        double position = Math.floorMod((authority.slug() + spec.code()).hashCode(), 1000) / 1000.0 - 0.5;
        double trend = (year - FIRST_YEAR) * spec.spread() * 0.08;
        boolean lowerIsBetter = spec.code().equals("DC_PUE") || spec.code().startsWith("EQ_")
                || spec.code().startsWith("PAGES_");
        double raw = spec.base() + position * spec.spread() * 2 + (lowerIsBetter ? -trend : trend);
        if (spec.code().equals("DC_PUE")) {
            return Math.max(1.05, Math.round(raw * 100) / 100.0);
        }
        if (spec.perAgent()) {
            return Math.round(Math.max(0.1, raw) * authority.agents());
        }
        double bounded = spec.code().endsWith("_TRAINED") || spec.code().endsWith("_RATE")
                ? Math.min(100, Math.max(0, raw)) : Math.max(0, raw);
        return Math.round(bounded * 10) / 10.0;
    }

    /** Inventories of 2023 to 2025 for the Région Bretagne and Rennes Métropole; emits how many were created. */
    private int inventories(DemoData.DemoAuthority authority) {
        if (!authority.slug().equals("region-bretagne") && !authority.slug().equals("rennes-metropole")) {
            return 0;
        }
        int created = 0;
        for (int year = 2023; year <= LAST_YEAR; year++) {
            String path = "/api/v1/authorities/" + authority.slug() + "/inventories/" + year;
            if (send("GET", path, null).statusCode() == 200) {
                continue;
            }
            int agents = authority.agents();
            Map<String, Integer> units = new LinkedHashMap<>();
            units.put("LAPTOP", agents * (60 + 5 * (year - 2023)) / 100);
            units.put("DESKTOP", agents * (45 - 5 * (year - 2023)) / 100);
            units.put("MONITOR", agents * 120 / 100);
            units.put("SMARTPHONE", agents * 55 / 100);
            units.put("PRINTER", agents / 12);
            units.put("SERVER", agents / 60);
            HttpResponse<String> answer = send("PUT", path, Map.of("units", units));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Demo data: could not save the inventory " + year + " of "
                        + authority.slug() + ": " + answer.statusCode() + " " + answer.body());
            }
            created++;
        }
        return created;
    }

    private String line(String text) {
        out.accept("demo data: " + text);
        return text;
    }

    private HttpResponse<String> send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(api.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + operatorToken)
                .header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(DemoJson.write(body), StandardCharsets.UTF_8));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Demo data: the api did not answer " + method + " " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Demo data: interrupted", e);
        }
    }

    /** JSON for the demo requests. */
    private static final class DemoJson {

        private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
                new com.fasterxml.jackson.databind.ObjectMapper();

        static String write(Object body) {
            try {
                return JSON.writeValueAsString(body);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        }
    }
}
