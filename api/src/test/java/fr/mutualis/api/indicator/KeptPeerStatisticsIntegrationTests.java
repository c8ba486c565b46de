package fr.mutualis.api.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.stack.Database;
import fr.mutualis.stack.TestStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The figures of a peer group are kept between requests (V12): every change that can move them must show in the next
 * answer, even a change committed while a comparison was being answered, and the kept values never reach the runtime
 * role except as aggregates.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeptPeerStatisticsIntegrationTests {

    private static final String TRAINED = "/api/v1/authorities/sujet/comparisons/AGENTS_TRAINED?year=2024&peers=ALL";
    private static final String ELECTED = "/api/v1/authorities/sujet/comparisons/ELECTED_TRAINED?year=2024&peers=ALL";
    private static final String PER_AGENT = "/api/v1/authorities/sujet/comparisons/EQ_PER_AGENT?year=2024&peers=REGION";
    private static Database database;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    private IndicatorFixtures fixtures;
    private final Map<String, UUID> ids = new java.util.HashMap<>();

    @BeforeAll
    void theDataSet() {
        fixtures = new IndicatorFixtures(database);
        for (String slug : new String[] {"sujet", "k1", "k2", "k3", "k4"}) {
            ids.put(slug, fixtures.authority(slug, "COMMUNE", "53", 20000, 100));
        }
        fixtures.member(ids.get("sujet"), "editor.rennes", "EDITOR");
        fixtures.measurement(ids.get("sujet"), "AGENTS_TRAINED", 2024, "30", false);
        fixtures.measurement(ids.get("k1"), "AGENTS_TRAINED", 2024, "10", false);
        fixtures.measurement(ids.get("k2"), "AGENTS_TRAINED", 2024, "20", false);
        fixtures.measurement(ids.get("k3"), "AGENTS_TRAINED", 2024, "40", false);
        fixtures.measurement(ids.get("sujet"), "ELECTED_TRAINED", 2024, "50", false);
        fixtures.measurement(ids.get("k1"), "ELECTED_TRAINED", 2024, "60", false);
        fixtures.measurement(ids.get("k2"), "ELECTED_TRAINED", 2024, "70", false);
        fixtures.measurement(ids.get("sujet"), "EQ_PER_AGENT", 2024, "300", false);
        fixtures.measurement(ids.get("k1"), "EQ_PER_AGENT", 2024, "100", false);
        fixtures.measurement(ids.get("k2"), "EQ_PER_AGENT", 2024, "200", false);
        fixtures.measurement(ids.get("k3"), "EQ_PER_AGENT", 2024, "400", false);
    }

    @Test
    void everyKindOfChangeShowsInTheNextComparison() {
        assertThat(figures(TRAINED)).isEqualTo("count 4, median 25.0, rank 2, percentile 66.7");

        fixtures.measurement(ids.get("k4"), "AGENTS_TRAINED", 2024, "50", false);
        assertThat(figures(TRAINED)).as("a new value").isEqualTo("count 5, median 30.0, rank 3, percentile 50.0");

        fixtures.sql("UPDATE measurement SET confidential = true WHERE tenant_id = '" + ids.get("k4") + "'");
        assertThat(figures(TRAINED)).as("a value made confidential")
                .isEqualTo("count 4, median 25.0, rank 2, percentile 66.7");

        fixtures.sql("UPDATE measurement SET value = 5 WHERE tenant_id = '" + ids.get("k3")
                + "' AND indicator_code = 'AGENTS_TRAINED'");
        assertThat(figures(TRAINED)).as("a changed value").isEqualTo("count 4, median 15.0, rank 1, percentile 100.0");

        fixtures.sql("DELETE FROM measurement WHERE tenant_id = '" + ids.get("k3") + "'"
                + " AND indicator_code = 'AGENTS_TRAINED'");
        assertThat(figures(TRAINED)).as("a removed value").isEqualTo("count 3, median 20.0, rank 1, percentile 100.0");

        // Per agent, lower is better: 300/100 = 3 ranks 3rd of 1, 2, 3, 4; with 150 agents it is 2, 2nd.
        assertThat(figures(PER_AGENT)).isEqualTo("count 4, median 2.5, rank 3, percentile 33.3");
        fixtures.sqlAsSomeone("UPDATE authority SET agents = 150 WHERE id = '" + ids.get("sujet") + "'");
        assertThat(figures(PER_AGENT)).as("an authority's agents")
                .isEqualTo("count 4, median 2.0, rank 2, percentile 50.0");
        fixtures.sqlAsSomeone("UPDATE authority SET region_code = '11' WHERE id = '" + ids.get("k1") + "'");
        assertThat(figures(PER_AGENT)).as("an authority's région")
                .isEqualTo("count 3, median 2.0, rank 1, percentile 75.0");
    }

    @Test
    void aChangeCommittedWhileAComparisonIsAnsweredIsNotLost() throws SQLException {
        String before = figures(ELECTED);
        assertThat(before).isEqualTo("count 3, median 60.0, rank 3, percentile 0.0");
        try (Connection writer = DriverManager.getConnection(database.jdbcUrl(), database.roles().ownerUser(),
                database.roles().ownerPassword()); Statement sql = writer.createStatement()) {
            writer.setAutoCommit(false);
            sql.execute("SELECT set_config('app.operator', 'true', true)");
            UUID late = fixtures.authority("tardive", "COMMUNE", "53", 20000, 100);
            sql.execute("SELECT set_config('app.tenant_id', '" + late + "', true)");
            sql.execute("INSERT INTO measurement (tenant_id, id, indicator_code, year, value) VALUES ('" + late
                    + "', gen_random_uuid(), 'ELECTED_TRAINED', 2024, 10)");
            // Not committed yet: the answer (and the figures kept with it) must not include it...
            assertThat(figures(ELECTED)).isEqualTo(before);
            writer.commit();
        }
        // ...and once committed, the figures kept a moment ago are no longer used.
        assertThat(figures(ELECTED)).isEqualTo("count 4, median 55.0, rank 3, percentile 33.3");
    }

    @Test
    void theRuntimeRoleNeverReadsTheKeptValues() throws SQLException {
        figures(TRAINED);
        try (Connection app = DriverManager.getConnection(database.jdbcUrl(), database.roles().appUser(),
                database.roles().appPassword()); Statement sql = app.createStatement()) {
            assertThatThrownBy(() -> sql.executeQuery("SELECT ascending FROM peer_statistics"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.executeQuery(
                    "SELECT peer_statistics_keep('AGENTS_TRAINED', 2024, 'ALL', '')"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE statistics_generation SET generation = 0"))
                    .hasMessageContaining("permission denied");
        }
    }

    private String figures(String uri) {
        Map<?, ?> answer = client.get().uri(uri).headers(h -> h.setBearerAuth(TestStack.accessToken("editor.rennes")))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> group = (Map<?, ?>) answer.get("peerGroup");
        return "count " + group.get("count") + ", median " + ((Number) group.get("median")).doubleValue() + ", rank "
                + answer.get("rank") + ", percentile " + ((Number) answer.get("percentile")).doubleValue();
    }
}
