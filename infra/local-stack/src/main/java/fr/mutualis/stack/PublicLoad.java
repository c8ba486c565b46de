package fr.mutualis.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public-api figures of docs/benchmarks.md (issue 8), through the real api jar on a scale database made by
 * {@code infra/benchmarks/scale-data.sh --database NAME}, with a heap limited to 256 MB:
 * <ol>
 * <li>the open-data export of the whole scale data set: the api generates it at start (the previous one is deleted
 * first); prints the time until it is served, its size, and the peak heap seen (Prometheus
 * {@code jvm_memory_used_bytes{area="heap"}}, sampled every 100 ms);</li>
 * <li>wrk, 2 threads, 50 connections, 30 s, anonymous {@code GET /public/v1/plans?limit=50} (rate limit raised).</li>
 * </ol>
 * Run by {@code infra/benchmarks/public-api.sh}.
 */
public final class PublicLoad {

    private static final Pattern HEAP = Pattern.compile("^jvm_memory_used_bytes\\{area=\"heap\"[^}]*} ([0-9.E+]+)$",
            Pattern.MULTILINE);

    private PublicLoad() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : "mutualis_scale_public";
        Path jar = TestStack.projectDirectory().resolve("api/target/api.jar");
        Database database = new Database(TestStack.postgres(), name, DatabaseRoles.fromSettings());
        forgetExports(name);
        KeycloakServer keycloak = TestStack.keycloak();
        int port = FreePorts.next();
        int management = FreePorts.next();
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("MANAGEMENT_SERVER_PORT", Integer.toString(management));
        environment.put("MUTUALIS_KEYCLOAK_URL", keycloak.url().toString());
        environment.put("MUTUALIS_PROVISIONER_CLIENT_SECRET", TestStack.PROVISIONER_DEV_SECRET);
        environment.put("MUTUALIS_PUBLIC_API_ANONYMOUS_PER_MINUTE", "100000000");
        environment.put("JAVA_TOOL_OPTIONS", "-Xmx256m");
        long started = System.nanoTime();
        try (ChildProcess api = ChildProcess.startJar("api", jar, List.of(), environment,
                TestStack.stackDirectory().resolve("logs/api-public-load-" + port + ".log"))) {
            api.awaitHttp(URI.create("http://localhost:" + management + "/actuator/health/readiness"),
                    Duration.ofMinutes(2));
            say("api on port " + port + " (heap limited to 256 MB) over " + name + "; ready after "
                    + millis(started) + " ms; load average " + load());
            openData("http://localhost:" + port, "http://localhost:" + management);
            wrk("http://localhost:" + port + "/public/v1/plans?limit=50");
        }
        System.exit(0); // the test Keycloak is stopped by its shutdown hook
    }

    private static void forgetExports(String name) throws SQLException {
        try (Connection admin = TestStack.postgres().connect(name); Statement sql = admin.createStatement()) {
            sql.execute("DELETE FROM open_data_export");
        }
    }

    private static void openData(String base, String management) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long started = System.nanoTime();
        double peak = 0;
        while (true) {
            peak = Math.max(peak, heap(http, management));
            HttpResponse<Void> head = http.send(HttpRequest.newBuilder(URI.create(base + "/public/v1/open-data"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            if (head.statusCode() == 200) {
                say("open-data export served after " + millis(started) + " ms (generation started at readiness): "
                        + head.headers().firstValue("Content-Length").orElse("?") + " bytes; peak heap seen "
                        + Math.round(peak / 1_048_576) + " MB (limit 256 MB)");
                break;
            }
            if (millis(started) > 600_000) {
                throw new IllegalStateException("no export after 10 minutes: see the api log");
            }
            Thread.sleep(100);
        }
        long download = System.nanoTime();
        HttpResponse<Path> zip = http.send(HttpRequest.newBuilder(URI.create(base + "/public/v1/open-data")).build(),
                HttpResponse.BodyHandlers.ofFile(Files.createTempFile("open-data", ".zip")));
        say("download: " + zip.statusCode() + ", " + Files.size(zip.body()) + " bytes in " + millis(download) + " ms");
        Files.delete(zip.body());
    }

    private static double heap(HttpClient http, String management) throws IOException, InterruptedException {
        String metrics = http.send(HttpRequest.newBuilder(URI.create(management + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        double used = 0;
        Matcher matcher = HEAP.matcher(metrics);
        while (matcher.find()) {
            used += Double.parseDouble(matcher.group(1));
        }
        return used;
    }

    private static void wrk(String url) throws IOException, InterruptedException {
        Wrk.run(url, null, "anonymous; ");
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static String load() throws IOException {
        return Wrk.load();
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
