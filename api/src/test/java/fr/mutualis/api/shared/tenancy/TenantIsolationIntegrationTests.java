package fr.mutualis.api.shared.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import fr.mutualis.api.questionnaire.QuestionnaireFixtures;
import fr.mutualis.stack.Database;
import fr.mutualis.stack.TestStack;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

/**
 * The isolation matrix: for every route under {@code /api/v1/authorities/{slug}}, an administrator of authority A
 * tries it on authority B. Private routes answer 404 (or 403), and B's rows are exactly as before. A new route that is
 * not in the matrix fails {@link #everyTenantRouteIsInTheMatrix()}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s") // creating organizations in Keycloak is slow on a shared CPU
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationIntegrationTests {

    private static final String PREFIX = "/api/v1/authorities/{slug}";
    private static Database database;

    /** Each tenant-scoped route, what a member of another authority sends, and whether B's data is public there. */
    record Route(HttpMethod method, String path, Map<String, Object> body, boolean publicRead) {
        String key() {
            return method + " " + path;
        }
    }

    static Stream<Route> matrix() {
        return Stream.of(
                new Route(HttpMethod.GET, PREFIX, Map.of(), true),
                new Route(HttpMethod.PATCH, PREFIX, Map.of("name", "Taken over"), false),
                new Route(HttpMethod.GET, PREFIX + "/members", Map.of(), false),
                new Route(HttpMethod.POST, PREFIX + "/members", Map.of("email", "spy@elsewhere.test", "role", "ADMIN"),
                        false),
                new Route(HttpMethod.PUT, PREFIX + "/members/{userId}", Map.of("role", "VIEWER"), false),
                new Route(HttpMethod.DELETE, PREFIX + "/members/{userId}", Map.of(), false),
                new Route(HttpMethod.GET, PREFIX + "/invitations", Map.of(), false),
                new Route(HttpMethod.DELETE, PREFIX + "/invitations/{invitationId}", Map.of(), false),
                new Route(HttpMethod.GET, PREFIX + "/audit", Map.of(), false),
                // Action plans (issue 4): B's plan is a DRAFT here; reading B's published plans is tested in
                // plan/PlansIntegrationTests. The list answers 200 with B's published plans only.
                new Route(HttpMethod.GET, PREFIX + "/plans", Map.of(), true),
                new Route(HttpMethod.POST, PREFIX + "/plans", Map.of("title", "Plan pirate", "startYear", 2025,
                        "endYear", 2027), false),
                new Route(HttpMethod.POST, PREFIX + "/plans/import-preview", Map.of("csv", "Titre;Thème"), false),
                new Route(HttpMethod.GET, PREFIX + "/plans/{planId}", Map.of(), false),
                new Route(HttpMethod.PATCH, PREFIX + "/plans/{planId}", Map.of("title", "Détourné"), false),
                new Route(HttpMethod.DELETE, PREFIX + "/plans/{planId}", Map.of(), false),
                new Route(HttpMethod.POST, PREFIX + "/plans/{planId}/publication", Map.of("visibility", "PUBLIC"),
                        false),
                new Route(HttpMethod.GET, PREFIX + "/plans/{planId}/reen-coverage", Map.of(), false),
                new Route(HttpMethod.GET, PREFIX + "/plans/{planId}/actions", Map.of(), false),
                new Route(HttpMethod.POST, PREFIX + "/plans/{planId}/actions", Map.of("title", "Intrusion",
                        "theme", "USAGE"), false),
                new Route(HttpMethod.GET, PREFIX + "/plans/{planId}/actions/{actionId}", Map.of(), false),
                new Route(HttpMethod.PATCH, PREFIX + "/plans/{planId}/actions/{actionId}", Map.of("progress", 100),
                        false),
                new Route(HttpMethod.DELETE, PREFIX + "/plans/{planId}/actions/{actionId}", Map.of(), false),
                new Route(HttpMethod.GET, PREFIX + "/plans/{planId}/actions/{actionId}/history", Map.of(), false),
                new Route(HttpMethod.POST, PREFIX + "/plans/{planId}/adoptions", Map.of("sourceActionId",
                        "00000000-0000-7000-8000-000000000000"), false),
                // Indicators (issue 5)
                new Route(HttpMethod.GET, PREFIX + "/indicators", Map.of(), false),
                new Route(HttpMethod.POST, PREFIX + "/indicators", Map.of("code", "X_SPY", "name", "Espion",
                        "unit", "u", "valueKind", "COUNT", "betterWhen", "HIGHER", "theme", "TERRITORY"), false),
                new Route(HttpMethod.GET, PREFIX + "/measurements", Map.of(), false),
                new Route(HttpMethod.GET, PREFIX + "/measurements/{code}/{year}", Map.of(), false),
                new Route(HttpMethod.PUT, PREFIX + "/measurements/{code}/{year}", Map.of("value", 1), false),
                new Route(HttpMethod.POST, PREFIX + "/computations/{year}", Map.of(), false),
                new Route(HttpMethod.GET, PREFIX + "/comparisons/{code}", Map.of(), false),
                new Route(HttpMethod.GET, PREFIX + "/comparisons/{code}/series", Map.of(), false),
                new Route(HttpMethod.GET, PREFIX + "/inventories/{year}", Map.of(), false),
                new Route(HttpMethod.PUT, PREFIX + "/inventories/{year}", Map.of("units", Map.of("LAPTOP", 1)), false),
                // Reuse (issue 6): lots, services, purchases, compliance, reviews
                new Route(HttpMethod.GET, PREFIX + "/lots", Map.of(), false),
                new Route(HttpMethod.POST, PREFIX + "/lots", Map.of("category", "LAPTOP", "quantity", 5,
                        "averageAgeYears", 3, "condition", "WORKING", "dataErasureRequired", false,
                        "departmentCode", "29", "destination", "EXTERNAL_REUSE"), false),
                new Route(HttpMethod.GET, PREFIX + "/lots/{lotId}", Map.of(), false),
                new Route(HttpMethod.POST, PREFIX + "/lots/{lotId}/offer", Map.of(), false),
                new Route(HttpMethod.POST, PREFIX + "/lots/{lotId}/collection", Map.of(), false),
                new Route(HttpMethod.POST, PREFIX + "/lots/{lotId}/cancellation", Map.of(), false),
                new Route(HttpMethod.POST, PREFIX + "/lots/{lotId}/assignment",
                        Map.of("serviceId", "0190a0a0-0000-7000-8000-000000000000"), false),
                new Route(HttpMethod.POST, PREFIX + "/lots/{lotId}/outcome", Map.of("reused", 5, "refurbished", 0,
                        "recycled", 0, "destroyed", 0), false),
                new Route(HttpMethod.GET, PREFIX + "/lots/{lotId}/suggestions", Map.of(), false),
                new Route(HttpMethod.GET, PREFIX + "/services", Map.of(), false),
                new Route(HttpMethod.POST, PREFIX + "/services", Map.of("name", "Spy", "tier", "STANDARD"), false),
                new Route(HttpMethod.GET, PREFIX + "/purchases", Map.of(), false),
                new Route(HttpMethod.POST, PREFIX + "/purchases", Map.of("year", 2026, "category", "LAPTOP",
                        "quantity", 1, "amount", 10, "fromReuse", true, "recycledContent", false), false),
                new Route(HttpMethod.GET, PREFIX + "/compliance/{year}", Map.of(), false),
                new Route(HttpMethod.POST, PREFIX + "/partners/{partnerId}/reviews", Map.of("rating", 1), false),
                // Best practices (issue 7): B's draft practice is {practiceId}.
                new Route(HttpMethod.GET, PREFIX + "/practices", Map.of(), false),
                new Route(HttpMethod.POST, PREFIX + "/practices", Map.of("title", "Intrusion", "summary", "Non.",
                        "body", "Non.", "theme", "USAGE", "effort", "LOW", "cost", "LOW", "impact", "LOW"), false),
                new Route(HttpMethod.GET, PREFIX + "/practices/{practiceId}", Map.of(), false),
                new Route(HttpMethod.PATCH, PREFIX + "/practices/{practiceId}", Map.of("title", "Taken over"), false),
                // Knowledge questionnaires (issue 9): campaigns and their results.
                new Route(HttpMethod.GET, PREFIX + "/campaigns", Map.of(), false),
                new Route(HttpMethod.POST, PREFIX + "/campaigns", Map.of("questionnaireId",
                        "0190a6f0-0000-7000-8000-000000000000", "audience", "AGENTS", "opensAt", "2026-01-01T00:00:00Z",
                        "closesAt", "2026-02-01T00:00:00Z"), false),
                new Route(HttpMethod.GET, PREFIX + "/campaigns/{campaignId}", Map.of(), false),
                new Route(HttpMethod.GET, PREFIX + "/campaigns/{campaignId}/results", Map.of(), false));
    }

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private String authorityA;
    private String authorityB;
    private String memberOfB;
    private String invitationOfB;
    private String draftPlanOfB;
    private String actionOfB;
    private String lotOfB;
    private String partnerId;
    private String practiceOfB;
    private String campaignOfB;

    @BeforeAll
    void twoAuthoritiesEachWithAnAdministrator() {
        TestAuthorities authorities = new TestAuthorities(client);
        authorityA = authorities.create("isolation-a");
        authorityB = authorities.create("isolation-b");
        authorities.addMember(authorityA, "editor.rennes", "ADMIN");
        authorities.addMember(authorityB, "viewer.quimper", "ADMIN");
        memberOfB = TestAuthorities.userId("viewer.quimper");
        invitationOfB = client.post().uri(PREFIX + "/members", authorityB)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("viewer.quimper")))
                .bodyValue(Map.of("email", "pending@" + authorityB + ".test", "role", "EDITOR"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        // Action plans (issue 4): a draft plan of B with one action.
        draftPlanOfB = client.post().uri(PREFIX + "/plans", authorityB)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("viewer.quimper")))
                .bodyValue(Map.of("title", "Brouillon de B", "startYear", 2025, "endYear", 2027))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        actionOfB = client.post().uri(PREFIX + "/plans/{planId}/actions", authorityB, draftPlanOfB)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("viewer.quimper")))
                .bodyValue(Map.of("title", "Action privée de B", "theme", "USAGE"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        // Indicators (issue 5): a confidential measurement and an inventory of B
        client.put().uri(PREFIX + "/measurements/AGENTS_TRAINED/2024", authorityB)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("viewer.quimper")))
                .bodyValue(Map.of("value", 12.5, "confidential", true)).exchange().expectStatus().isCreated();
        client.put().uri(PREFIX + "/inventories/2024", authorityB)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("viewer.quimper")))
                .bodyValue(Map.of("units", Map.of("LAPTOP", 3))).exchange().expectStatus().isOk();
        practiceOfB = client.post().uri(PREFIX + "/practices", authorityB)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("viewer.quimper")))
                .bodyValue(Map.of("title", "Brouillon de B", "summary", "Privé.", "body", "Privé.", "theme", "USAGE",
                        "effort", "LOW", "cost", "LOW", "impact", "LOW"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        QuestionnaireFixtures questionnaires = new QuestionnaireFixtures(client);
        campaignOfB = questionnaires.campaign(authorityB, "viewer.quimper", questionnaires.bank(),
                java.time.Instant.now().minusSeconds(3600), java.time.Instant.now().plusSeconds(86400)).get("id")
                .toString();
        reuseResourcesOfB();
    }

    /** Reuse (issue 6): a lot of B, offered, and a partner of the directory. */
    @SuppressWarnings("unchecked")
    private void reuseResourcesOfB() {
        lotOfB = client.post().uri(PREFIX + "/lots", authorityB)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("viewer.quimper")))
                .bodyValue(Map.of("category", "LAPTOP", "quantity", 5, "averageAgeYears", 3, "condition", "WORKING",
                        "dataErasureRequired", false, "departmentCode", "29", "destination", "EXTERNAL_REUSE"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        Map<String, Object> registration = client.post().uri("/api/v1/partners")
                .headers(h -> h.setBearerAuth(TestStack.accessToken("operator")))
                .bodyValue(Map.of("name", "Partenaire isolation", "siret", "73282932000074", "kind", "ASSOCIATION",
                        "services", List.of("COLLECTION"), "categories", List.of("LAPTOP"),
                        "departments", List.of("29")))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        partnerId = ((Map<String, Object>) registration.get("partner")).get("id").toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void anAdministratorOfAnotherAuthorityCannotReachB(Route route) throws SQLException {
        String before = fingerprintOfB();

        WebTestClient.RequestBodySpec request = client.method(route.method())
                .uri(route.path(), uriVariables())
                .headers(h -> h.setBearerAuth(TestStack.accessToken("editor.rennes")));
        WebTestClient.ResponseSpec response = route.body().isEmpty() ? request.exchange()
                : request.bodyValue(route.body()).exchange();

        if (route.publicRead()) {
            response.expectStatus().isOk();
        } else {
            response.expectStatus().value(status -> assertThat(status).isIn(403, 404));
        }
        assertThat(fingerprintOfB()).as("authority B's rows after " + route.key()).isEqualTo(before);
    }

    /** The ids of B's resources, by the name of the path variable that the routes use. */
    private Map<String, Object> uriVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("slug", authorityB);
        variables.put("userId", memberOfB);
        variables.put("invitationId", invitationOfB);
        variables.put("planId", draftPlanOfB);
        variables.put("actionId", actionOfB);
        variables.put("code", "AGENTS_TRAINED");
        variables.put("year", 2024);
        variables.put("lotId", lotOfB);
        variables.put("partnerId", partnerId);
        variables.put("practiceId", practiceOfB);
        variables.put("campaignId", campaignOfB);
        return variables;
    }

    @Test
    void everyTenantRouteIsInTheMatrix() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternsCondition().getPatterns().stream()
                .map(Object::toString).filter(path -> path.startsWith(PREFIX))
                .forEach(path -> info.getMethodsCondition().getMethods()
                        .forEach(method -> served.add(method.name() + " " + path))));
        Set<String> tested = new TreeSet<>(matrix().map(Route::key).toList());

        assertThat(served).isNotEmpty();
        assertThat(tested).containsAll(served);
    }

    /** Every table with a {@code tenant_id} column: a new feature's tables are watched without editing this test. */
    private static List<String> tenantOwnedTables(Statement sql) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery("SELECT c.table_name FROM information_schema.columns c "
                + "JOIN information_schema.tables t USING (table_schema, table_name) WHERE c.table_schema = 'public' "
                + "AND c.column_name = 'tenant_id' AND t.table_type = 'BASE TABLE' ORDER BY 1")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }

    /** Every row of B in every tenant-owned table and in the registry, read with the superuser (no RLS). */
    private String fingerprintOfB() throws SQLException {
        StringBuilder all = new StringBuilder();
        try (Connection admin = TestStack.postgres().connect(database.name()); Statement sql = admin.createStatement()) {
            List<String> tables = tenantOwnedTables(sql);
            assertThat(tables).contains("membership", "invitation", "audit_event");
            for (String table : tables) {
                try (ResultSet rows = sql.executeQuery("SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '') "
                        + "FROM " + table + " t JOIN authority a ON a.id = t.tenant_id WHERE a.slug = '" + authorityB
                        + "'")) {
                    rows.next();
                    all.append(table).append(':').append(rows.getString(1)).append('\n');
                }
            }
            try (ResultSet rows = sql.executeQuery("SELECT a::text FROM authority a WHERE slug = '" + authorityB + "'")) {
                rows.next();
                all.append(rows.getString(1));
            }
        }
        return all.toString();
    }
}
