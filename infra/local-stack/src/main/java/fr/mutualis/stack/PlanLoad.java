package fr.mutualis.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The action-plan figures of docs/benchmarks.md, through the real api: starts a Keycloak of its own and the api jar
 * on a scale database (made by {@code infra/benchmarks/scale-data.sh --database NAME}), then
 * <ol>
 * <li>runs wrk, 2 threads, 50 connections, 30 s, on the network view ({@code GET /api/v1/plans}, a page of 50),
 * without filter and with a theme filter;</li>
 * <li>imports a CSV file of 1,000 actions five times ({@code POST .../plans} with {@code text/csv}) as an editor of
 * one authority of the scale data, and prints each time.</li>
 * </ol>
 * Stops everything it started on exit. Run by {@code infra/benchmarks/plans.sh}.
 */
public final class PlanLoad {

    private PlanLoad() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "mutualis_scale_plans";
        Path jar = TestStack.projectDirectory().resolve("api/target/api.jar");
        Database database = new Database(TestStack.postgres(), name, DatabaseRoles.fromSettings());
        KeycloakServer keycloak = TestStack.keycloak();
        int port = FreePorts.next();
        int management = FreePorts.next();
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("MANAGEMENT_SERVER_PORT", Integer.toString(management));
        environment.put("MUTUALIS_KEYCLOAK_URL", keycloak.url().toString());
        environment.put("MUTUALIS_PROVISIONER_CLIENT_SECRET", TestStack.PROVISIONER_DEV_SECRET);
        environment.put("SPRING_FLYWAY_ENABLED", "false");
        try (ChildProcess api = ChildProcess.startJar("api", jar, List.of(), environment,
                TestStack.stackDirectory().resolve("logs/api-plan-load-" + port + ".log"))) {
            api.awaitHttp(URI.create("http://localhost:" + management + "/actuator/health/readiness"),
                    Duration.ofMinutes(2));
            String base = "http://localhost:" + port;
            say("api on " + base + " over database " + name + "; load average " + load());
            String slug = editorOfOneAuthority(database, TestStack.accessToken("editor.bretagne"));
            oneAtATime(base + "/api/v1/plans?limit=50", 300);
            wrk(base + "/api/v1/plans?limit=50");
            wrk(base + "/api/v1/plans?limit=50&theme=DIGITAL_INCLUSION&region=53");
            importCsv(base, slug);
        } finally {
            // The test stack's Keycloak and mail sink keep the JVM alive; exiting runs their shutdown hooks.
            System.exit(0);
        }
    }

    /** Makes editor.bretagne an editor of the first commune of the scale data (its subject from the token). */
    private static String editorOfOneAuthority(Database database, String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        String subject = payload.replaceAll(".*\"sub\":\"([^\"]+)\".*", "$1");
        String sql = "WITH a AS (SELECT id, slug FROM authority WHERE kind = 'COMMUNE' ORDER BY slug LIMIT 1), "
                + "m AS (INSERT INTO membership (tenant_id, id, user_id, email, name, role) SELECT id, gen_random_uuid(), '"
                + subject + "', 'editor.bretagne@bretagne.bzh', 'Editor', 'EDITOR' FROM a "
                + "ON CONFLICT (tenant_id, user_id) DO UPDATE SET role = 'EDITOR') SELECT slug FROM a";
        String slug;
        try (java.sql.Connection admin = TestStack.postgres().connect(database.name());
                java.sql.Statement statement = admin.createStatement();
                java.sql.ResultSet row = statement.executeQuery(sql)) {
            row.next();
            slug = row.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not make editor.bretagne an editor: " + e.getMessage(), e);
        }
        say("editor.bretagne is an editor of " + slug);
        return slug;
    }

    /** Warms the api up and prints the latency of requests sent one at a time (the service time, no queueing). */
    private static void oneAtATime(String url, int count) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + TestStack.accessToken("editor.bretagne")).build();
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long started = System.nanoTime();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + answer.statusCode() + " " + answer.body());
            }
            micros.add((System.nanoTime() - started) / 1000);
        }
        List<Long> last = micros.subList(count / 3, count).stream().sorted().toList();
        say(count + " GET " + url.replaceFirst("http://localhost:\\d+", "") + " one at a time (the first third is"
                + " warm-up): p50 " + last.get(last.size() / 2) / 1000.0 + " ms, p90 "
                + last.get(last.size() * 9 / 10) / 1000.0 + " ms, p99 " + last.get(last.size() * 99 / 100) / 1000.0
                + " ms; load average " + load());
    }

    private static void wrk(String url) throws IOException, InterruptedException {
        Wrk.run(url, TestStack.accessToken("editor.bretagne"), "");
    }

    private static void importCsv(String base, String slug) throws IOException, InterruptedException {
        StringBuilder csv = new StringBuilder("Titre;Thème;Statut;Priorité;Pilote;Budget;Avancement;Description\n");
        String[] themes = {"Achats", "Usages", "Mesure", "Fin de vie (réemploi, recyclage)", "Inclusion numérique"};
        for (int i = 1; i <= 1000; i++) {
            csv.append("Action importée ").append(i).append(';').append(themes[i % themes.length])
                    .append(";en cours;haute;Service ").append(i % 9).append(";\"1 200,50\";").append(i % 101)
                    .append(";Une action du plan importé\n");
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        say("CSV import of 1,000 actions (" + body.length / 1024 + " KB), 5 times, one at a time:");
        HttpClient http = HttpClient.newHttpClient();
        List<Long> millis = new ArrayList<>();
        for (int run = 1; run <= 5; run++) {
            String token = TestStack.accessToken("editor.bretagne");
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/authorities/" + slug
                            + "/plans?title=Plan%20import%C3%A9%20" + run + "&startYear=2025&endYear=2027"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv;charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            long started = System.nanoTime();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            millis.add(elapsed);
            say("  run " + run + ": " + answer.statusCode() + " in " + elapsed + " ms"
                    + (answer.statusCode() == 201 ? "" : " " + answer.body()));
        }
        say("  fastest " + millis.stream().min(Long::compare).orElseThrow() + " ms, slowest "
                + millis.stream().max(Long::compare).orElseThrow() + " ms");
    }

    private static String load() throws IOException {
        return Wrk.load();
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
