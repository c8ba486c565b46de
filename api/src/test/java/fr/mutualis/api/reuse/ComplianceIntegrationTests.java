package fr.mutualis.api.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import fr.mutualis.stack.Database;
import fr.mutualis.stack.TestStack;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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
 * The compliance report against figures computed by hand. This year (Y), retired units in stock on 1 January Y (B):
 * 120 laptops (a) + 40 monitors (b) + 20 tablets collected in Y, outcome pending (h) + 60 laptops redeployed internally
 * (i) = 240. Sent to reuse in Y (A): 95 refurbished of (a) + 60 reused of (i) = 155. Rate 155 / 240 = 64.6 %.
 * Excluded: 10 desktops over 10 years old (c), 5 laptops that held classified data (d), 3 servers (e) = 18. Not
 * counted: 30 laptops retired during Y (f), 8 laptops of a cancelled lot (g).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceIntegrationTests {

    private static Database database;
    private static final int Y = LocalDate.now().getYear();
    private static final String LAST_YEAR = (Y - 1) + "-11-15";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    @Autowired
    private ReuseFigures figures;

    private ReuseFixtures fixtures;
    private String slug;
    private String editor;
    private String partner;

    @BeforeAll
    void theLotsAndPurchasesOfTheYear() {
        client = client.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build(); // a shared, busy CPU
        TestAuthorities authorities = new TestAuthorities(client);
        slug = authorities.create("compliance");
        authorities.addMember(slug, "editor.rennes", "EDITOR");
        editor = TestStack.accessToken("editor.rennes");
        fixtures = new ReuseFixtures(client);
        partner = fixtures.register(ReuseFixtures.partnerBody("Ressourcerie 29", List.of("29"),
                List.of("LAPTOP", "TABLET", "MONITOR"))).token();

        String a = lot("LAPTOP", 120, 5, false, LAST_YEAR, "EXTERNAL_REUSE");
        handOver(a);
        fixtures.outcome(partner, a, 0, 95, 25, 0, "CERT-A").expectStatus().isOk();
        lot("MONITOR", 40, 6, false, LAST_YEAR, "EXTERNAL_REUSE");
        lot("DESKTOP", 10, 12, false, LAST_YEAR, "EXTERNAL_REUSE");
        lot("LAPTOP", 5, 4, true, LAST_YEAR, "EXTERNAL_REUSE");
        lot("SERVER", 3, 5, false, LAST_YEAR, "EXTERNAL_REUSE");
        lot("LAPTOP", 30, 5, false, LocalDate.now().toString(), "EXTERNAL_REUSE");
        String g = lot("LAPTOP", 8, 5, false, LAST_YEAR, "EXTERNAL_REUSE");
        fixtures.authorityMove(slug, editor, g, "cancellation").expectStatus().isOk();
        handOver(lot("TABLET", 20, 3, false, LAST_YEAR, "EXTERNAL_REUSE"));
        redeployInternally(lot("LAPTOP", 60, 4, false, LAST_YEAR, "INTERNAL_REDEPLOYMENT"));

        purchase(Y, "LAPTOP", "7000.00", false, false);
        purchase(Y, "LAPTOP", "3000.00", true, false);
        purchase(Y, "MONITOR", "2000.00", false, true);
        purchase(2023, "LAPTOP", "750.00", false, false);
        purchase(2023, "LAPTOP", "250.00", true, false);
    }

    @Test
    void theReenRateIsSentToReuseOverRetiredStockWithTheDecreeExclusions() {
        report(Y).jsonPath("$.reen.retiredInStock").isEqualTo(240)
                .jsonPath("$.reen.sentToReuse").isEqualTo(155)
                .jsonPath("$.reen.rate").isEqualTo(64.6)
                .jsonPath("$.reen.target").isEqualTo(50.0)
                .jsonPath("$.reen.met").isEqualTo(true)
                .jsonPath("$.reen.excluded").isEqualTo(18)
                .jsonPath("$.reen.pendingOutcome").isEqualTo(20)
                .jsonPath("$.reen.source").value(source -> assertThat((String) source).contains("2023-266"));
    }

    @Test
    void theAgecSharesArePerCategoryWithTheTargetOfTheYearOrNone() {
        report(Y).jsonPath("$.agec[0].category").isEqualTo("LAPTOP")
                .jsonPath("$.agec[0].amount").isEqualTo(10000.0)
                .jsonPath("$.agec[0].amountFromReuse").isEqualTo(3000.0)
                .jsonPath("$.agec[0].share").isEqualTo(30.0)
                .jsonPath("$.agec[0].target").isEmpty()
                .jsonPath("$.agec[0].met").isEmpty()
                .jsonPath("$.agec[1].category").isEqualTo("MONITOR")
                .jsonPath("$.agec[1].share").isEqualTo(0.0)
                .jsonPath("$.agec[1].amountWithRecycledContent").isEqualTo(2000.0);
        report(2023).jsonPath("$.agec[0].share").isEqualTo(25.0)
                .jsonPath("$.agec[0].target").isEqualTo(20.0)
                .jsonPath("$.agec[0].met").isEqualTo(true)
                .jsonPath("$.agec[0].source").value(source -> assertThat((String) source).contains("2021-254"))
                .jsonPath("$.reen.target").isEqualTo(25.0)
                .jsonPath("$.reen.rate").isEmpty();
    }

    @Test
    void theIndicatorFiguresComeFromTheSameData() throws Exception {
        ReuseFigures.Yearly yearly = figures.of(authorityId(), Y).block();

        assertThat(yearly.reusePurchaseShare()).isEqualByComparingTo(new BigDecimal("25.0"));
        assertThat(yearly.recycledPurchaseShare()).isEqualByComparingTo(new BigDecimal("16.7"));
        assertThat(yearly.retiredReuseRate()).isEqualByComparingTo(new BigDecimal("64.6"));
        assertThat(yearly.localRefurbShare()).isEqualByComparingTo(new BigDecimal("70.0"));
    }

    @Test
    void anotherAuthorityGetsNoReportAndBadYearsAreNamed() {
        client.get().uri("/api/v1/authorities/{slug}/compliance/{year}", slug, Y)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("viewer.quimper"))).exchange()
                .expectStatus().isNotFound();
        client.get().uri("/api/v1/authorities/{slug}/compliance/{year}", slug, 1990)
                .headers(h -> h.setBearerAuth(editor)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("year");
    }

    private WebTestClient.BodyContentSpec report(int year) {
        return client.get().uri("/api/v1/authorities/{slug}/compliance/{year}", slug, year)
                .headers(h -> h.setBearerAuth(editor)).exchange().expectStatus().isOk().expectBody();
    }

    private String lot(String category, int quantity, double age, boolean classified, String retiredOn,
            String destination) {
        Map<String, Object> body = new HashMap<>(ReuseFixtures.lotBody(category, quantity, "29"));
        body.put("averageAgeYears", age);
        body.put("classifiedData", classified);
        body.put("retiredOn", retiredOn);
        body.put("destination", destination);
        String id = fixtures.declare(slug, editor, body);
        fixtures.authorityMove(slug, editor, id, "offer").expectStatus().isOk();
        return id;
    }

    private void handOver(String lot) {
        fixtures.claim(partner, lot).expectStatus().isOk();
        fixtures.authorityMove(slug, editor, lot, "collection").expectStatus().isOk();
    }

    private void redeployInternally(String lot) {
        String service = client.post().uri("/api/v1/authorities/{slug}/services", slug)
                .headers(h -> h.setBearerAuth(editor))
                .bodyValue(Map.of("name", "Service culture", "tier", "STANDARD", "agents", 60)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        client.post().uri("/api/v1/authorities/{slug}/lots/{id}/assignment", slug, lot)
                .headers(h -> h.setBearerAuth(editor)).bodyValue(Map.of("serviceId", service)).exchange()
                .expectStatus().isOk();
        fixtures.authorityMove(slug, editor, lot, "collection").expectStatus().isOk();
        client.post().uri("/api/v1/authorities/{slug}/lots/{id}/outcome", slug, lot)
                .headers(h -> h.setBearerAuth(editor)).bodyValue(Map.of("reused", 60, "refurbished", 0,
                        "recycled", 0, "destroyed", 0, "erasureCertificateRef", "INT-1")).exchange()
                .expectStatus().isOk();
    }

    private void purchase(int year, String category, String amount, boolean fromReuse, boolean recycled) {
        client.post().uri("/api/v1/authorities/{slug}/purchases", slug).headers(h -> h.setBearerAuth(editor))
                .bodyValue(Map.of("year", year, "category", category, "quantity", 10, "amount", new BigDecimal(amount),
                        "fromReuse", fromReuse, "recycledContent", recycled)).exchange().expectStatus().isCreated();
    }

    private UUID authorityId() throws Exception {
        try (Connection sql = TestStack.postgres().connect(database.name()); Statement statement = sql.createStatement();
                ResultSet row = statement.executeQuery("SELECT id FROM authority WHERE slug = '" + slug + "'")) {
            row.next();
            return row.getObject(1, UUID.class);
        }
    }
}
