package fr.mutualis.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The library's search through the real api (issue 7, docs/benchmarks.md): starts a Keycloak of its own and the api
 * jar on a scale database with practices (made by {@code infra/benchmarks/scale-data.sh --database NAME}), then runs
 * wrk, 2 threads, 50 connections, with {@code infra/benchmarks/practice-search.lua}: the pgbench run's mix of searches
 * plus a share of searches never asked before, which no kept answer can serve. Prints wrk's latency percentiles and
 * throughput, the hits and misses of the api's answer cache as its own meters counted them during the run, and the
 * CPU the api and PostgreSQL spent per request.
 * Run by {@code infra/benchmarks/practice-search.sh --api}.
 *
 * <p>Arguments: database, words file (one search a line), browse weight (against 9), share of never-asked searches
 * (0 to 1), duration of the measured run and of the warm-up before it (wrk's syntax, e.g. 30s).
 */
public final class PracticeLoad {

    private static final Pattern CACHE_GETS = Pattern.compile(
            "^cache_gets_total\\{[^}]*cache=\"practice-search\"[^}]*result=\"(hit|miss)\"[^}]*} ([0-9.E+]+)$",
            Pattern.MULTILINE);

    private PracticeLoad() {
    }

    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0); // the test stack's Keycloak keeps the JVM alive; exiting runs its shutdown hook
        } catch (Exception | AssertionError failure) {
            failure.printStackTrace(System.out);
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        String name = args[0];
        Path words = Path.of(args[1]).toAbsolutePath();
        String browseWeight = args[2];
        String neverAsked = args[3];
        String duration = args[4];
        String warmUp = args.length > 5 ? args[5] : "90s";
        Path jar = TestStack.projectDirectory().resolve("api/target/api.jar");
        Path script = TestStack.projectDirectory().resolve("infra/benchmarks/practice-search.lua");
        Database database = new Database(TestStack.postgres(), name, DatabaseRoles.fromSettings());
        KeycloakServer keycloak = TestStack.keycloak();
        int port = FreePorts.next();
        int management = FreePorts.next();
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("MANAGEMENT_SERVER_PORT", Integer.toString(management));
        environment.put("MUTUALIS_KEYCLOAK_URL", keycloak.url().toString());
        environment.put("MUTUALIS_PROVISIONER_CLIENT_SECRET", TestStack.PROVISIONER_DEV_SECRET);
        try (ChildProcess api = ChildProcess.startJar("api", jar, List.of(), environment,
                TestStack.stackDirectory().resolve("logs/api-practice-load-" + port + ".log"))) {
            api.awaitHttp(URI.create("http://localhost:" + management + "/actuator/health/readiness"),
                    Duration.ofMinutes(2));
            String base = "http://localhost:" + port + "/";
            String metrics = "http://localhost:" + management + "/actuator/prometheus";
            String ttl = System.getenv().getOrDefault("MUTUALIS_PRACTICES_SEARCH_CACHE_TTL", "5s");
            say("api on " + base + " over database " + name + " (search answers kept " + ttl + ", searched again "
                    + "in the background when read after half of it); load average " + Wrk.load());
            say("mix: the searches of " + words.getFileName() + " (weight 9) and the first page without words (weight "
                    + browseWeight + "), one in five with a theme filter: they repeat, so after its first search each "
                    + "is a cache hit; plus " + Math.round(Double.parseDouble(neverAsked) * 100) + "% of searches never "
                    + "asked before (rare words, each a miss searched in PostgreSQL while its client waits)");
            List<String> arguments = List.of(words.toString(), browseWeight, neverAsked);
            // The JIT compiles for a long while on 2 shared cores: the measured run starts when it mostly has.
            Wrk.run(base, TestStack.accessToken("editor.bretagne"), "warm-up, not counted; ", script, arguments, warmUp);
            long[] before = cacheGets(metrics);
            Duration apiCpu = cpu(ProcessHandle.of(api.pid()).stream());
            Duration databaseCpu = cpu(postgres());
            long requests = Wrk.run(base, TestStack.accessToken("editor.bretagne"), "", script, arguments, duration);
            apiCpu = cpu(ProcessHandle.of(api.pid()).stream()).minus(apiCpu);
            databaseCpu = cpu(postgres()).minus(databaseCpu);
            long[] after = cacheGets(metrics);
            long hits = after[0] - before[0];
            long misses = after[1] - before[1];
            say(String.format("  answer cache during the run: %d hits, %d misses (%.1f%% misses)", hits, misses,
                    100.0 * misses / Math.max(1, hits + misses)));
            say(String.format("  CPU per request: api %.2f ms, PostgreSQL %.2f ms (its processes that lived through the "
                    + "run); load average after: %s", apiCpu.toNanos() / 1e6 / Math.max(1, requests),
                    databaseCpu.toNanos() / 1e6 / Math.max(1, requests), Wrk.load()));
        }
    }

    /** The CPU time these processes have used so far. */
    private static Duration cpu(Stream<ProcessHandle> processes) {
        return processes.map(process -> process.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** PostgreSQL's processes on this machine (its backends included). */
    private static Stream<ProcessHandle> postgres() {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info().command().map(command -> command.endsWith("/postgres")).orElse(false));
    }

    /** The api's cache_gets_total of the search answers: hits, misses. */
    private static long[] cacheGets(String metrics) throws IOException, InterruptedException {
        String text = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(metrics)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        long[] gets = new long[2];
        Matcher matcher = CACHE_GETS.matcher(text);
        while (matcher.find()) {
            gets[matcher.group(1).equals("hit") ? 0 : 1] += (long) Double.parseDouble(matcher.group(2));
        }
        return gets;
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
