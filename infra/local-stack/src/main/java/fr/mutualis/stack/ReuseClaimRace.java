package fr.mutualis.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * Benchmark of issue 6: P partners (default 100, each a registered partner with its own client-credentials token)
 * race for L offered lots (default 1,000) of one authority in their département. Each partner goes through the lots in
 * its own random order and claims each one, until every lot is taken. Prints the throughput of claim requests, their
 * latency (p50, p99, max), the answers (200, 409, other), and the double claims: lots that more than one partner was
 * told it won, and lots that the partners' own lists ({@code GET /public/v1/lots?status=CLAIMED}) show twice or not at
 * all. Runs its own Keycloak and api (from {@code api/target/api.jar}) on a fresh database, as the tests do.
 *
 * <pre>infra/benchmarks/reuse-claims.sh --partners 100 --lots 1000</pre>
 */
public final class ReuseClaimRace {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(8)).build();
    private final URI api;

    private ReuseClaimRace(URI api) {
        this.api = api;
    }

    public static void main(String[] args) throws Exception {
        int partners = option(args, "--partners", 100);
        int lots = option(args, "--lots", 1000);
        say("starting Keycloak and the api (fresh database)...");
        URI api = TestStack.api();
        new ReuseClaimRace(api).run(partners, lots);
        System.exit(0);
    }

    private void run(int partnerCount, int lotCount) throws Exception {
        String operator = TestStack.accessToken("operator");
        String slug = "bench-" + Long.toString(System.nanoTime(), 36);
        send("POST", "/api/v1/authorities", operator, Map.of("slug", slug, "name", "Banc d'essai " + slug, "kind",
                "COMMUNE", "siren", TestData.siren(), "departmentCode", "29", "emailDomains", List.of(slug + ".test")),
                201);
        long setup = System.nanoTime();
        List<String> tokens = parallel(partnerCount, 8, i -> {
            JsonNode registered = send("POST", "/api/v1/partners", operator, Map.of("name", "Partenaire " + i,
                    "siret", siret(i), "kind", "ASSOCIATION", "services", List.of("COLLECTION"),
                    "categories", List.of("LAPTOP"), "departments", List.of("29")), 201);
            return TestStack.keycloak().token(TestStack.REALM, Map.of("grant_type", "client_credentials",
                    "client_id", registered.path("clientId").asText(),
                    "client_secret", registered.path("clientSecret").asText())).path("access_token").asText();
        });
        List<String> lotIds = parallel(lotCount, 16, i -> {
            String id = send("POST", "/api/v1/authorities/" + slug + "/lots", operator, Map.of("category", "LAPTOP",
                    "quantity", 10, "averageAgeYears", 4, "condition", "WORKING", "dataErasureRequired", true,
                    "departmentCode", "29", "destination", "EXTERNAL_REUSE"), 201).path("id").asText();
            send("POST", "/api/v1/authorities/" + slug + "/lots/" + id + "/offer", operator, null, 200);
            return id;
        });
        say(partnerCount + " partners registered and " + lotCount + " lots offered in "
                + (System.nanoTime() - setup) / 1_000_000_000 + " s");
        race(tokens, lotIds);
    }

    private void race(List<String> tokens, List<String> lotIds) throws Exception {
        Map<String, AtomicInteger> winners = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        LongAdder ok = new LongAdder();
        LongAdder conflicts = new LongAdder();
        LongAdder other = new LongAdder();
        AtomicInteger claimed = new AtomicInteger();
        long start = System.nanoTime();
        parallel(tokens.size(), tokens.size(), i -> {
            List<String> order = new ArrayList<>(lotIds);
            Collections.shuffle(order);
            for (String lot : order) {
                if (claimed.get() >= lotIds.size()) {
                    break;
                }
                long sent = System.nanoTime();
                int status = status("POST", "/public/v1/lots/" + lot + "/claim", tokens.get(i));
                latencies.add(System.nanoTime() - sent);
                if (status == 200) {
                    ok.increment();
                    claimed.incrementAndGet();
                    winners.computeIfAbsent(lot, key -> new AtomicInteger()).incrementAndGet();
                } else if (status == 409) {
                    conflicts.increment();
                } else {
                    other.increment();
                }
            }
            return "";
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        long doubles = winners.values().stream().filter(count -> count.get() > 1).count();
        say(String.format("claims: %d requests in %.1f s = %.0f requests/s; 200: %d, 409: %d, other: %d",
                sorted.size(), seconds, sorted.size() / seconds, ok.sum(), conflicts.sum(), other.sum()));
        say(String.format("latency ms: p50 %.1f, p99 %.1f, max %.1f", percentile(sorted, 50),
                percentile(sorted, 99), sorted.getLast() / 1e6));
        say("lots won by more than one partner (answers): " + doubles + "; lots claimed: " + winners.size() + " of "
                + lotIds.size());
        say("lots held twice or not at all (partners' own lists): " + heldTwiceOrNot(tokens, lotIds));
    }

    private long heldTwiceOrNot(List<String> tokens, List<String> lotIds) throws Exception {
        Map<String, AtomicInteger> holders = new ConcurrentHashMap<>();
        parallel(tokens.size(), 8, i -> {
            for (JsonNode lot : send("GET", "/public/v1/lots?status=CLAIMED&limit=200", tokens.get(i), null, 200)
                    .path("items")) {
                holders.computeIfAbsent(lot.path("id").asText(), key -> new AtomicInteger()).incrementAndGet();
            }
            return "";
        });
        return lotIds.stream().filter(id -> holders.getOrDefault(id, new AtomicInteger()).get() != 1).count();
    }

    private static double percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1e6;
    }

    private interface Task {
        String run(int index) throws Exception;
    }

    private static List<String> parallel(int count, int threads, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.run(index)));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private int status(String method, String path, String token) throws Exception {
        return http.send(request(method, path, token, null), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private JsonNode send(String method, String path, String token, Object body, int expected) throws Exception {
        HttpResponse<String> answer = http.send(request(method, path, token, body),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    private HttpRequest request(String method, String path, String token, Object body) throws Exception {
        return HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
    }

    /** A SIRET whose Luhn checksum is valid: a fixed SIREN-like prefix, the partner's number, a check digit. */
    static String siret(int index) {
        String base = "9" + String.format("%012d", 100_000_000L + index + System.nanoTime() % 1_000_000 * 1000);
        for (int check = 0; check < 10; check++) {
            String candidate = base.substring(0, 13) + check;
            int sum = 0;
            for (int i = 0; i < 14; i++) {
                int digit = candidate.charAt(13 - i) - '0';
                if (i % 2 == 1) {
                    digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
                }
                sum += digit;
            }
            if (sum % 10 == 0) {
                return candidate;
            }
        }
        throw new IllegalStateException("no check digit");
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
