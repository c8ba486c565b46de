package fr.mutualis.api.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.stack.Database;
import fr.mutualis.stack.TestStack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Peer statistics on a fixed data set, checked against expectations computed here, in plain Java, from the same data
 * (linear-interpolated percentiles, mean, rank and percentile in the better direction): ties, missing years, a group
 * of two that shows no distribution, confidential values that never count, per-agent normalisation with an authority
 * that has no agents, and no confidential value anywhere in any aggregate answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeerStatisticsIntegrationTests {

    private static final String[] CONFIDENTIAL_MARKS = {"99.123", "91.777", "81.777"};
    private static Database database;

    /** One authority of the data set and its values of AGENTS_TRAINED (HIGHER) and EQ_PER_AGENT (LOWER, per agent). */
    record Peer(String slug, String kind, String region, int population, @Nullable Integer agents) {
    }

    record Value(Peer peer, String code, int year, double value, boolean confidential) {
    }

    private final Peer subject = new Peer("sujet", "COMMUNE", "53", 20000, 100);
    private final Peer c1 = new Peer("c1", "COMMUNE", "53", 15000, 80);
    private final Peer c2 = new Peer("c2", "COMMUNE", "53", 30000, 150);
    private final Peer c3 = new Peer("c3", "COMMUNE", "11", 5000, 30);
    private final Peer c4 = new Peer("c4", "COMMUNE", "11", 45000, 300);
    private final Peer c5 = new Peer("c5", "COMMUNE", "53", 12000, 60);
    private final Peer n1 = new Peer("n1", "COMMUNE", "53", 11000, null);
    private final Peer e1 = new Peer("e1", "EPCI", "53", 120000, 900);
    private final Peer e2 = new Peer("e2", "EPCI", "11", 300000, 2000);
    private final Peer d1 = new Peer("d1", "DEPARTEMENT", "53", 600000, 4000);
    private final Peer s1 = new Peer("s1", "SYNDICAT", "84", 8000, 20);
    private final Peer s2 = new Peer("s2", "SYNDICAT", "84", 9000, 25);
    private final List<Peer> peers = List.of(subject, c1, c2, c3, c4, c5, n1, e1, e2, d1, s1, s2);

    private final List<Value> values = List.of(
            new Value(subject, "AGENTS_TRAINED", 2022, 30, false), new Value(subject, "AGENTS_TRAINED", 2024, 40, false),
            new Value(c1, "AGENTS_TRAINED", 2022, 20, false), new Value(c1, "AGENTS_TRAINED", 2024, 10, false),
            new Value(c2, "AGENTS_TRAINED", 2022, 35, false), new Value(c2, "AGENTS_TRAINED", 2024, 40, false),
            new Value(c3, "AGENTS_TRAINED", 2024, 70, false),
            new Value(c4, "AGENTS_TRAINED", 2022, 50, false), new Value(c4, "AGENTS_TRAINED", 2024, 55, false),
            new Value(c5, "AGENTS_TRAINED", 2024, 99.123, true),
            new Value(e1, "AGENTS_TRAINED", 2024, 25, false),
            new Value(e2, "AGENTS_TRAINED", 2022, 81.777, true), new Value(e2, "AGENTS_TRAINED", 2024, 91.777, true),
            new Value(d1, "AGENTS_TRAINED", 2022, 60, false),
            new Value(s1, "AGENTS_TRAINED", 2024, 15, false), new Value(s2, "AGENTS_TRAINED", 2024, 35, false),
            new Value(subject, "EQ_PER_AGENT", 2024, 150, false), new Value(c1, "EQ_PER_AGENT", 2024, 100, false),
            new Value(c2, "EQ_PER_AGENT", 2024, 300, false), new Value(c3, "EQ_PER_AGENT", 2024, 30, false),
            new Value(e1, "EQ_PER_AGENT", 2024, 1800, false), new Value(n1, "EQ_PER_AGENT", 2024, 50, false),
            new Value(c5, "EQ_PER_AGENT", 2024, 99.123, true));

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    @BeforeAll
    void theDataSet() {
        IndicatorFixtures fixtures = new IndicatorFixtures(database);
        Map<String, UUID> ids = new java.util.HashMap<>();
        peers.forEach(peer -> ids.put(peer.slug(), fixtures.authority(peer.slug(), peer.kind(), peer.region(),
                peer.population(), peer.agents())));
        values.forEach(v -> fixtures.measurement(ids.get(v.peer().slug()), v.code(), v.year(),
                Double.toString(v.value()), v.confidential()));
        fixtures.member(ids.get("sujet"), "editor.rennes", "EDITOR");
        fixtures.member(ids.get("s1"), "viewer.quimper", "VIEWER");
        fixtures.member(ids.get("e2"), "viewer.bretagne", "VIEWER");
    }

    @ParameterizedTest(name = "{0} {1} {2} {3}")
    @CsvSource({
            "editor.rennes, sujet, AGENTS_TRAINED, ALL", "editor.rennes, sujet, AGENTS_TRAINED, KIND",
            "editor.rennes, sujet, AGENTS_TRAINED, REGION", "editor.rennes, sujet, AGENTS_TRAINED, POPULATION_BAND",
            "editor.rennes, sujet, EQ_PER_AGENT, ALL", "editor.rennes, sujet, EQ_PER_AGENT, REGION",
            "viewer.quimper, s1, AGENTS_TRAINED, ALL", "viewer.quimper, s1, AGENTS_TRAINED, KIND",
            "viewer.bretagne, e2, AGENTS_TRAINED, ALL", "viewer.bretagne, e2, AGENTS_TRAINED, KIND"})
    void theComparisonMatchesTheIndependentComputation(String user, String slug, String code, String group) {
        Peer me = peer(slug);
        Expected expected = expect(me, code, 2024, group);

        String body = get(user, "/api/v1/authorities/{slug}/comparisons/{code}?year=2024&peers=" + group, slug, code);
        Map<String, Object> answer = json(body);
        Map<?, ?> peerGroup = (Map<?, ?>) answer.get("peerGroup");

        assertThat(((Number) peerGroup.get("count")).longValue()).as("count").isEqualTo(expected.count());
        assertClose(peerGroup.get("min"), expected.min(), "min");
        assertClose(peerGroup.get("p25"), expected.p25(), "p25");
        assertClose(peerGroup.get("median"), expected.median(), "median");
        assertClose(peerGroup.get("p75"), expected.p75(), "p75");
        assertClose(peerGroup.get("max"), expected.max(), "max");
        assertClose(peerGroup.get("mean"), expected.mean(), "mean");
        assertClose(answer.get("rank"), expected.rank(), "rank");
        assertClose(answer.get("percentile"), expected.percentile(), "percentile");
        if (!slug.equals("e2")) {
            assertThat(body).doesNotContain(CONFIDENTIAL_MARKS);
        }
    }

    @Test
    void hardWrittenFiguresAgreeWithTheIndependentComputation() {
        Expected all = expect(subject, "AGENTS_TRAINED", 2024, "ALL");
        assertThat(all.count()).isEqualTo(8);
        assertThat(all.median()).isEqualTo(37.5);
        assertThat(all.rank()).isEqualTo(3.0);
        Expected perAgent = expect(subject, "EQ_PER_AGENT", 2024, "ALL");
        assertThat(perAgent.count()).as("no agents: not comparable; confidential: not counted").isEqualTo(5);
        assertThat(perAgent.rank()).isEqualTo(3.0);
        assertThat(perAgent.percentile()).isEqualTo(50.0);
    }

    @Test
    void aGroupOfTwoShowsOnlyItsCountAndNoPosition() {
        Map<String, Object> answer = json(get("viewer.quimper",
                "/api/v1/authorities/{slug}/comparisons/{code}?year=2024&peers=KIND", "s1", "AGENTS_TRAINED"));
        Map<?, ?> peerGroup = (Map<?, ?>) answer.get("peerGroup");
        assertThat(peerGroup.get("count")).isEqualTo(2);
        assertThat(peerGroup.get("median")).isNull();
        assertThat(peerGroup.get("min")).isNull();
        assertThat(peerGroup.get("max")).isNull();
        assertThat(answer.get("rank")).isNull();
        assertThat(((Number) answer.get("value")).doubleValue()).isEqualTo(15.0);
    }

    @Test
    void theOwnerOfAConfidentialValueSeesItRankedWithoutItCounting() {
        Map<String, Object> answer = json(get("viewer.bretagne",
                "/api/v1/authorities/{slug}/comparisons/{code}?year=2024&peers=ALL", "e2", "AGENTS_TRAINED"));
        assertThat(answer.get("confidential")).isEqualTo(true);
        assertThat(((Number) answer.get("value")).doubleValue()).isEqualTo(91.777);
        assertThat(((Map<?, ?>) answer.get("peerGroup")).get("count")).isEqualTo(8);
        assertThat(answer.get("rank")).isEqualTo(1);
    }

    @Test
    void theSeriesHasAHoleForTheMissingYearAndThePeerMedianOtherwise() {
        String body = get("editor.rennes",
                "/api/v1/authorities/{slug}/comparisons/{code}/series?peers=ALL&from=2022&to=2024", "sujet",
                "AGENTS_TRAINED");
        assertThat(body).doesNotContain(CONFIDENTIAL_MARKS);
        List<?> points = (List<?>) json(body).get("points");
        assertThat(points).hasSize(3);
        for (Object item : points) {
            Map<?, ?> point = (Map<?, ?>) item;
            int year = (Integer) point.get("year");
            Expected expected = expect(subject, "AGENTS_TRAINED", year, "ALL");
            assertThat(((Number) point.get("peerCount")).longValue()).isEqualTo(expected.count());
            assertClose(point.get("peerMedian"), expected.median(), "median " + year);
            assertClose(point.get("value"), ownValue(subject, "AGENTS_TRAINED", year), "value " + year);
        }
        assertThat(((Map<?, ?>) points.get(1)).get("value")).as("2023 has no value").isNull();
    }

    @ParameterizedTest(name = "kind={0} region={1}")
    @CsvSource(value = {"null, null", "COMMUNE, null", "null, 53", "COMMUNE, 53", "SYNDICAT, null", "EPCI, 11"},
            nullValues = "null")
    void openStatisticsAreTheSameAggregatesForAnyoneAndNeverHoldAConfidentialValue(String kind, String region) {
        Predicate<Peer> group = peer -> (kind == null || peer.kind().equals(kind))
                && (region == null || peer.region().equals(region));
        Expected expected = distribution(shared("AGENTS_TRAINED", 2024, group));
        String query = "?year=2024" + (kind == null ? "" : "&kind=" + kind) + (region == null ? "" : "&region=" + region);

        String body = client.get().uri("/public/v1/indicators/AGENTS_TRAINED/statistics" + query).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();

        assertThat(body).doesNotContain(CONFIDENTIAL_MARKS);
        Map<?, ?> statistics = (Map<?, ?>) json(body).get("statistics");
        assertThat(((Number) statistics.get("count")).longValue()).isEqualTo(expected.count());
        assertClose(statistics.get("median"), expected.median(), "median");
        assertClose(statistics.get("p25"), expected.p25(), "p25");
        assertClose(statistics.get("max"), expected.max(), "max");
        assertClose(statistics.get("mean"), expected.mean(), "mean");
    }

    @Test
    void confidentialValuesAreInvisibleToTheRuntimeRoleOfAnotherTenant() throws Exception {
        try (var connection = java.sql.DriverManager.getConnection(database.jdbcUrl(), database.roles().appUser(),
                database.roles().appPassword()); var sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("SELECT set_config('app.tenant_id', (SELECT id::text FROM authority WHERE slug = 'sujet'), true)");
            var rows = sql.executeQuery("SELECT count(*) FROM measurement WHERE confidential");
            rows.next();
            assertThat(rows.getInt(1)).isZero();
            connection.rollback();
        }
    }

    // ---- the independent computation -------------------------------------------------------------------------

    record Expected(long count, @Nullable Double min, @Nullable Double p25, @Nullable Double median,
            @Nullable Double p75, @Nullable Double max, @Nullable Double mean, @Nullable Double rank,
            @Nullable Double percentile) {
    }

    private Expected expect(Peer me, String code, int year, String group) {
        Predicate<Peer> inGroup = switch (group) {
            case "KIND" -> peer -> peer.kind().equals(me.kind());
            case "REGION" -> peer -> peer.region().equals(me.region());
            case "POPULATION_BAND" -> peer -> band(peer.population()) == band(me.population());
            default -> peer -> true;
        };
        List<Value> shared = shared(code, year, inGroup);
        Expected distribution = distribution(shared);
        Double own = ownValue(me, code, year);
        if (distribution.count() < 3 || own == null) {
            return distribution;
        }
        boolean lower = code.equals("EQ_PER_AGENT");
        List<Double> others = shared.stream().filter(v -> v.peer() != me).map(this::normalized).toList();
        long better = others.stream().filter(v -> lower ? v < own : v > own).count();
        long worse = others.stream().filter(v -> lower ? v > own : v < own).count();
        double percentile = Math.round(1000.0 * (worse + 0.5 * (others.size() - better - worse)) / others.size())
                / 10.0;
        return new Expected(distribution.count(), distribution.min(), distribution.p25(), distribution.median(),
                distribution.p75(), distribution.max(), distribution.mean(), (double) better + 1, percentile);
    }

    private List<Value> shared(String code, int year, Predicate<Peer> inGroup) {
        return values.stream().filter(v -> v.code().equals(code) && v.year() == year && !v.confidential())
                .filter(v -> inGroup.test(v.peer())).filter(v -> normalized(v) != null).toList();
    }

    private Expected distribution(List<Value> shared) {
        List<Double> sorted = new ArrayList<>(shared.stream().map(this::normalized).toList());
        sorted.sort(Comparator.naturalOrder());
        if (sorted.size() < 3) {
            return new Expected(sorted.size(), null, null, null, null, null, null, null, null);
        }
        double mean = sorted.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        return new Expected(sorted.size(), sorted.getFirst(), quantile(sorted, 0.25), quantile(sorted, 0.5),
                quantile(sorted, 0.75), sorted.getLast(), mean, null, null);
    }

    private static double quantile(List<Double> sorted, double p) {
        double position = p * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        int above = (int) Math.ceil(position);
        return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
    }

    private @Nullable Double normalized(Value v) {
        if (!v.code().equals("EQ_PER_AGENT")) {
            return v.value();
        }
        return v.peer().agents() == null || v.peer().agents() == 0 ? null : v.value() / v.peer().agents();
    }

    private @Nullable Double ownValue(Peer me, String code, int year) {
        return values.stream().filter(v -> v.peer() == me && v.code().equals(code) && v.year() == year)
                .map(this::normalized).findFirst().orElse(null);
    }

    private static int band(int population) {
        return population < 10_000 ? 0 : population < 50_000 ? 1 : population < 200_000 ? 2
                : population < 1_000_000 ? 3 : 4;
    }

    private Peer peer(String slug) {
        return peers.stream().filter(p -> p.slug().equals(slug)).findFirst().orElseThrow();
    }

    // ---- plumbing ---------------------------------------------------------------------------------------------

    private String get(String user, String uri, Object... variables) {
        return client.get().uri(uri, variables).headers(h -> h.setBearerAuth(TestStack.accessToken(user))).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> json(String body) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readValue(body, Map.class);
    }

    private static void assertClose(@Nullable Object actual, @Nullable Double expected, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isNotNull();
            assertThat(((Number) actual).doubleValue()).as(what).isCloseTo(expected, within(1e-5));
        }
    }
}
