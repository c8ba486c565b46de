package fr.mutualis.api.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.stack.Database;
import fr.mutualis.stack.TestStack;
import java.util.Map;
import java.util.UUID;
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

/** The catalogue, measurements, inventories, footprint factors and computed values through the real api. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndicatorsIntegrationTests {

    private static final String MEASUREMENT = "/api/v1/authorities/{slug}/measurements/{code}/{year}";
    private static Database database;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    private UUID authority;

    @BeforeAll
    void anAuthorityWithAnEditorAndAViewer() {
        IndicatorFixtures fixtures = new IndicatorFixtures(database);
        authority = fixtures.authority("mesures", "COMMUNE", "53", 20000, 50);
        fixtures.member(authority, "editor.rennes", "EDITOR");
        fixtures.member(authority, "viewer.quimper", "VIEWER");
    }

    @Test
    void theCatalogueHoldsTheSeededIndicatorsAndShowsWhichAreComputed() {
        as("viewer.quimper", client.get().uri("/api/v1/indicators")).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(19)
                .jsonPath("$.items[?(@.code == 'DC_PUE')].valueKind").isEqualTo("RATIO_AT_LEAST_ONE")
                .jsonPath("$.items[?(@.code == 'EMBODIED_CO2_PER_AGENT')].computed").isEqualTo(true)
                .jsonPath("$.items[?(@.code == 'REUSE_PURCHASE_SHARE')].computed").isEqualTo(true)
                .jsonPath("$.items[?(@.code == 'KNOWLEDGE_SCORE_AGENTS')].computed").isEqualTo(true)
                .jsonPath("$.items[?(@.code == 'EQ_PER_AGENT')].normalization").isEqualTo("PER_AGENT")
                .jsonPath("$.items[?(@.code == 'INCLUSION_SUPPORT')].normalization").isEqualTo("PER_1000_INHABITANTS");
    }

    @Test
    void enteringTheSameValueTwiceIsIdempotentAndADifferentValueBumpsTheVersion() {
        Map<String, Object> body = Map.of("value", 42.5, "source", "Plan de formation", "comment", "",
                "confidential", false);
        put("AGENTS_TRAINED", 2023, body).expectStatus().isCreated().expectHeader().valueEquals("ETag", "\"0\"");
        put("AGENTS_TRAINED", 2023, body).expectStatus().isOk().expectHeader().valueEquals("ETag", "\"0\"");
        put("AGENTS_TRAINED", 2023, Map.of("value", 50)).expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.value").isEqualTo(50).jsonPath("$.computed").isEqualTo(false);

        as("viewer.quimper", client.get().uri("/api/v1/authorities/{slug}/measurements?indicator=AGENTS_TRAINED",
                "mesures")).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.items[0].year").isEqualTo(2023);
        assertThat(auditEvents("measurement.recorded")).isEqualTo(2);
    }

    @Test
    void aStaleIfMatchIsRefusedWith412() {
        put("ELECTED_TRAINED", 2023, Map.of("value", 10)).expectStatus().isCreated();
        as("editor.rennes", client.put().uri(MEASUREMENT, "mesures", "ELECTED_TRAINED", 2023))
                .header("If-Match", "\"7\"").bodyValue(Map.of("value", 11)).exchange()
                .expectStatus().isEqualTo(412);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"AGENTS_TRAINED, 120", "AGENTS_TRAINED, -1", "DC_PUE, 0.9", "PAGES_PER_AGENT, -5",
            "PAGES_PER_AGENT, 10.5", "DC_ENERGY, -0.1"})
    void aValueThatTheUnitDoesNotAllowIsA400NamingTheField(String code, String value) {
        put(code, 2023, Map.of("value", new java.math.BigDecimal(value))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("value");
    }

    @Test
    void otherBadInputIsA400NamingTheField() {
        put("AGENTS_TRAINED", 1990, Map.of("value", 10)).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
        put("AGENTS_TRAINED", 2023, Map.of("source", "x")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("value");
        put("NO_SUCH_THING", 2023, Map.of("value", 1)).expectStatus().isNotFound();
    }

    @Test
    void aViewerReadsButCannotEnterValues() {
        as("viewer.quimper", client.put().uri(MEASUREMENT, "mesures", "AGENTS_TRAINED", 2022))
                .bodyValue(Map.of("value", 10)).exchange().expectStatus().isForbidden();
        as("viewer.quimper", client.get().uri("/api/v1/authorities/{slug}/comparisons/DC_PUE?year=2023", "mesures"))
                .exchange().expectStatus().isOk();
    }

    @Test
    void aCustomIndicatorIsMeasuredButNeverCompared() {
        as("editor.rennes", client.post().uri("/api/v1/authorities/{slug}/indicators", "mesures"))
                .bodyValue(Map.of("code", "X_VELOS", "name", "Vélos de service", "unit", "vélos", "valueKind", "COUNT",
                        "betterWhen", "HIGHER", "theme", "TERRITORY")).exchange()
                .expectStatus().isCreated().expectBody().jsonPath("$.custom").isEqualTo(true);
        put("X_VELOS", 2024, Map.of("value", 12)).expectStatus().isCreated();
        as("editor.rennes", client.get().uri("/api/v1/authorities/{slug}/comparisons/X_VELOS?year=2024", "mesures"))
                .exchange().expectStatus().isEqualTo(409);
        as("editor.rennes", client.post().uri("/api/v1/authorities/{slug}/indicators", "mesures"))
                .bodyValue(Map.of("code", "VELOS", "name", "Vélos", "unit", "vélos", "valueKind", "COUNT",
                        "betterWhen", "HIGHER", "theme", "TERRITORY")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("code");
    }

    @Test
    void theOperatorAddsACatalogueIndicatorAndNobodyElseCan() {
        Map<String, Object> indicator = Map.of("code", "PAPER_RECYCLED", "name", "Papier recyclé",
                "nameEn", "Recycled paper", "unit", "%", "valueKind", "PERCENTAGE", "betterWhen", "HIGHER",
                "theme", "PROCUREMENT");
        as("editor.rennes", client.post().uri("/api/v1/indicators")).bodyValue(indicator).exchange()
                .expectStatus().isForbidden();
        as("operator", client.post().uri("/api/v1/indicators")).bodyValue(indicator).exchange()
                .expectStatus().isCreated();
        as("operator", client.post().uri("/api/v1/indicators")).bodyValue(indicator).exchange()
                .expectStatus().isEqualTo(409);
        put("PAPER_RECYCLED", 2024, Map.of("value", 30)).expectStatus().isCreated();
    }

    @Test
    void savingTheInventoryComputesTheEmbodiedFootprintWithItsFormula() {
        as("editor.rennes", client.put().uri("/api/v1/authorities/{slug}/inventories/{year}", "mesures", 2024))
                .bodyValue(Map.of("units", Map.of("LAPTOP", 9, "SERVER", 2, "NETWORK", 4))).exchange()
                .expectStatus().isOk().expectHeader().exists("ETag");
        // 9 × 181 / 4.5 + 2 × 3660 / 5 = 362 + 1464 (no factor for NETWORK)
        as("viewer.quimper", client.get().uri(MEASUREMENT, "mesures", "EMBODIED_CO2_PER_AGENT", 2024)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.value").isEqualTo(1826).jsonPath("$.computed").isEqualTo(true)
                .jsonPath("$.formula").value(formula -> assertThat((String) formula).contains("durée de vie"));
        as("editor.rennes", client.put().uri("/api/v1/authorities/{slug}/inventories/{year}", "mesures", 2024))
                .bodyValue(Map.of("units", Map.of("LAPTOP", -1))).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("units.LAPTOP");
    }

    @Test
    void aValueEnteredByHandIsNeverOverwrittenByAComputedOne() {
        put("EMBODIED_CO2_PER_AGENT", 2022, Map.of("value", 999)).expectStatus().isCreated();
        as("editor.rennes", client.put().uri("/api/v1/authorities/{slug}/inventories/{year}", "mesures", 2022))
                .bodyValue(Map.of("units", Map.of("LAPTOP", 10))).exchange().expectStatus().isOk();
        as("viewer.quimper", client.get().uri(MEASUREMENT, "mesures", "EMBODIED_CO2_PER_AGENT", 2022)).exchange()
                .expectBody().jsonPath("$.value").isEqualTo(999).jsonPath("$.computed").isEqualTo(false);
    }

    @Test
    void theOperatorRecordsANewFactorVersionAndTheOldOneIsKept() {
        as("editor.rennes", client.put().uri("/api/v1/footprint-factors/TABLET"))
                .bodyValue(Map.of("kgCo2e", 70, "lifespanYears", 3, "source", "Essai")).exchange()
                .expectStatus().isForbidden();
        as("operator", client.put().uri("/api/v1/footprint-factors/TABLET")).header("If-Match", "\"1\"")
                .bodyValue(Map.of("kgCo2e", 70, "lifespanYears", 3, "source", "Base Empreinte 2026",
                        "licenceNote", "Conditions de la Base Empreinte")).exchange()
                .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"2\"");
        as("viewer.quimper", client.get().uri("/api/v1/footprint-factors/TABLET")).exchange().expectBody()
                .jsonPath("$.items.length()").isEqualTo(2).jsonPath("$.items[0].kgCo2e").isEqualTo(70)
                .jsonPath("$.items[1].kgCo2e").isEqualTo(75.9);
        as("operator", client.put().uri("/api/v1/footprint-factors/TABLET")).header("If-Match", "\"1\"")
                .bodyValue(Map.of("kgCo2e", 71, "lifespanYears", 3, "source", "Stale")).exchange()
                .expectStatus().isEqualTo(412);
        as("viewer.quimper", client.get().uri("/api/v1/footprint-factors")).exchange().expectBody()
                .jsonPath("$.items[?(@.category == 'LAPTOP')].source").value(source ->
                        assertThat(source.toString()).contains("Boavizta"));
    }

    @Test
    void openStatisticsNeedNoTokenAndRefuseBadFilters() {
        client.get().uri("/public/v1/indicators/DC_PUE/statistics?year=2024").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.statistics.count").isEqualTo(0);
        client.get().uri("/public/v1/indicators/DC_PUE/statistics?year=2024&kind=VILLAGE").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");
        client.get().uri("/public/v1/indicators/X_VELOS/statistics?year=2024").exchange().expectStatus().isNotFound();
    }

    private WebTestClient.ResponseSpec put(String code, int year, Map<String, Object> body) {
        return as("editor.rennes", client.put().uri(MEASUREMENT, "mesures", code, year)).bodyValue(body).exchange();
    }

    private static <S extends WebTestClient.RequestHeadersSpec<?>> S as(String user, S request) {
        request.headers(h -> h.setBearerAuth(TestStack.accessToken(user)));
        return request;
    }

    private long auditEvents(String action) {
        try (var connection = TestStack.postgres().connect(database.name());
                var rows = connection.createStatement().executeQuery("SELECT count(*) FROM audit_event WHERE action = '"
                        + action + "' AND target_id = 'AGENTS_TRAINED/2023'")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
