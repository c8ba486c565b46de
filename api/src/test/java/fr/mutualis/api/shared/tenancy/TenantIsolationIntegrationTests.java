package fr.mutualis.api.shared.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import fr.mutualis.stack.Database;
import fr.mutualis.stack.TestStack;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
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
                // Best practices (issue 7): B's draft practice is {practiceId}.
                new Route(HttpMethod.GET, PREFIX + "/practices", Map.of(), false),
                new Route(HttpMethod.POST, PREFIX + "/practices", Map.of("title", "Intrusion", "summary", "Non.",
                        "body", "Non.", "theme", "USAGE", "effort", "LOW", "cost", "LOW", "impact", "LOW"), false),
                new Route(HttpMethod.GET, PREFIX + "/practices/{practiceId}", Map.of(), false),
                new Route(HttpMethod.PATCH, PREFIX + "/practices/{practiceId}", Map.of("title", "Taken over"), false));
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
    private String practiceOfB;

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
        practiceOfB = client.post().uri(PREFIX + "/practices", authorityB)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("viewer.quimper")))
                .bodyValue(Map.of("title", "Brouillon de B", "summary", "Privé.", "body", "Privé.", "theme", "USAGE",
                        "effort", "LOW", "cost", "LOW", "impact", "LOW"))
                .exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matrix")
    void anAdministratorOfAnotherAuthorityCannotReachB(Route route) throws SQLException {
        String before = fingerprintOfB();

        WebTestClient.RequestBodySpec request = client.method(route.method())
                .uri(route.path(), Map.of("slug", authorityB, "userId", memberOfB, "invitationId", invitationOfB,
                        "practiceId", practiceOfB))
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
