package fr.mutualis.api.authority;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import fr.mutualis.stack.Database;
import fr.mutualis.stack.TestStack;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The authority registry through the real api, PostgreSQL and Keycloak. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class AuthoritiesIntegrationTests {

    private static Database database;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    @Test
    void theOperatorCreatesAnAuthorityAndItsKeycloakOrganization() {
        Map<String, Object> body = authority(TestAuthorities.uniqueSlug("brest"));

        asOperator(client.post().uri("/api/v1/authorities")).bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.LOCATION, "/api/v1/authorities/" + body.get("slug"))
                .expectHeader().exists(HttpHeaders.ETAG)
                .expectBody()
                .jsonPath("$.slug").isEqualTo(body.get("slug"))
                .jsonPath("$.kind").isEqualTo("EPCI")
                .jsonPath("$.emailDomains[0]").isEqualTo(body.get("slug") + ".test");

        assertThat(organizationExists((String) body.get("slug"))).isTrue();
    }

    @Test
    void anIdenticalRetryAnswersTheExistingAuthority() {
        Map<String, Object> body = authority(TestAuthorities.uniqueSlug("retry"));
        asOperator(client.post().uri("/api/v1/authorities")).bodyValue(body).exchange().expectStatus().isCreated();

        asOperator(client.post().uri("/api/v1/authorities")).bodyValue(body).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.slug").isEqualTo(body.get("slug"));
    }

    @Test
    void duplicatesAreConflictsThatNameTheField() {
        Map<String, Object> first = authority(TestAuthorities.uniqueSlug("first"));
        asOperator(client.post().uri("/api/v1/authorities")).bodyValue(first).exchange().expectStatus().isCreated();

        Map<String, Object> sameSlug = new HashMap<>(authority((String) first.get("slug")));
        sameSlug.put("name", "Another name");
        expectConflict(sameSlug, "slug");

        Map<String, Object> sameSiren = new HashMap<>(authority(TestAuthorities.uniqueSlug("siren")));
        sameSiren.put("siren", first.get("siren"));
        expectConflict(sameSiren, "siren");

        Map<String, Object> sameDomain = new HashMap<>(authority(TestAuthorities.uniqueSlug("domain")));
        sameDomain.put("emailDomains", first.get("emailDomains"));
        expectConflict(sameDomain, "emailDomains");
    }

    @Test
    void everyInvalidFieldIsListedAndNothingIsCreated() {
        Map<String, Object> body = new HashMap<>(authority("Not A Slug"));
        body.put("siren", "123456789");
        body.put("population", -5);
        body.put("departmentCode", "XX");

        asOperator(client.post().uri("/api/v1/authorities")).bodyValue(body).exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'slug')]").exists()
                .jsonPath("$.errors[?(@.field == 'siren')]").exists()
                .jsonPath("$.errors[?(@.field == 'population')]").exists()
                .jsonPath("$.errors[?(@.field == 'departmentCode')]").exists();
    }

    @Test
    void anUnknownKindIsABadRequest() {
        Map<String, Object> body = new HashMap<>(authority(TestAuthorities.uniqueSlug("kind")));
        body.put("kind", "EMPIRE");
        asOperator(client.post().uri("/api/v1/authorities")).bodyValue(body).exchange().expectStatus().isBadRequest();
    }

    @Test
    void onlyTheOperatorCreatesAuthorities() {
        client.post().uri("/api/v1/authorities").headers(h -> h.setBearerAuth(TestStack.accessToken("admin.bretagne")))
                .bodyValue(authority(TestAuthorities.uniqueSlug("nope"))).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:mutualis:problem:forbidden");
    }

    @Test
    void whenTheDatabaseFailsAfterKeycloakTheOrganizationIsRemoved() throws SQLException {
        String slug = TestAuthorities.uniqueSlug("doomed");
        try (Connection admin = TestStack.postgres().connect(database.name()); Statement sql = admin.createStatement()) {
            sql.execute("CREATE FUNCTION refuse_doomed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF NEW.slug LIKE 'doomed-%' THEN RAISE EXCEPTION 'simulated database failure'; END IF; "
                    + "RETURN NEW; END $$");
            sql.execute("CREATE TRIGGER refuse_doomed BEFORE INSERT ON authority FOR EACH ROW "
                    + "EXECUTE FUNCTION refuse_doomed()");
        }

        asOperator(client.post().uri("/api/v1/authorities")).bodyValue(authority(slug)).exchange()
                .expectStatus().is5xxServerError()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString())
                        .doesNotContain("simulated"));

        assertThat(organizationExists(slug)).isFalse();
        try (Connection admin = TestStack.postgres().connect(database.name()); Statement sql = admin.createStatement();
                ResultSet rows = sql.executeQuery("SELECT count(*) FROM authority WHERE slug = '" + slug + "'")) {
            rows.next();
            assertThat(rows.getInt(1)).isZero();
        }
    }

    @Test
    void theDirectoryFiltersAndPages() {
        String prefix = TestAuthorities.uniqueSlug("page");
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = new HashMap<>(authority(prefix + "-" + i));
            body.put("name", "Ville " + prefix + " " + i);
            body.put("kind", "COMMUNE");
            asOperator(client.post().uri("/api/v1/authorities")).bodyValue(body).exchange().expectStatus().isCreated();
        }

        String cursor = asOperator(client.get().uri("/api/v1/authorities?kind=COMMUNE&q={q}&limit=2", prefix))
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).value(page -> assertThat((List<?>) page.get("items")).hasSize(2))
                .returnResult().getResponseBody().get("nextCursor").toString();
        asOperator(client.get().uri("/api/v1/authorities?kind=COMMUNE&q={q}&limit=2&cursor={c}", prefix, cursor))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].slug").isEqualTo(prefix + "-2")
                .jsonPath("$.nextCursor").doesNotExist();
        asOperator(client.get().uri("/api/v1/authorities?cursor=not-a-cursor")).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void anAdministratorUpdatesTheProfileAndAStaleVersionIsRefused() {
        TestAuthorities authorities = new TestAuthorities(client);
        String slug = authorities.create("patch");
        authorities.addMember(slug, "admin.bretagne", "ADMIN");
        authorities.addMember(slug, "editor.bretagne", "EDITOR");
        String etag = client.get().uri("/api/v1/authorities/{slug}", slug)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("admin.bretagne"))).exchange()
                .expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();

        client.patch().uri("/api/v1/authorities/{slug}", slug)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("admin.bretagne"))).header("If-Match", etag)
                .bodyValue(Map.of("population", 15000)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.population").isEqualTo(15000);

        client.patch().uri("/api/v1/authorities/{slug}", slug)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("admin.bretagne"))).header("If-Match", etag)
                .bodyValue(Map.of("population", 1)).exchange()
                .expectStatus().isEqualTo(412);

        client.patch().uri("/api/v1/authorities/{slug}", slug)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("editor.bretagne")))
                .bodyValue(Map.of("population", 2)).exchange()
                .expectStatus().isForbidden();
    }

    private void expectConflict(Map<String, Object> body, String field) {
        asOperator(client.post().uri("/api/v1/authorities")).bodyValue(body).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.field").isEqualTo(field);
    }

    private static <S extends WebTestClient.RequestHeadersSpec<?>> S asOperator(S request) {
        request.headers(h -> h.setBearerAuth(TestStack.accessToken("operator")));
        return request;
    }

    private static Map<String, Object> authority(String slug) {
        return Map.of("slug", slug, "name", "Brest Métropole " + slug, "kind", "EPCI",
                "siren", TestAuthorities.validSiren(), "population", 213000, "agents", 3500, "regionCode", "53",
                "departmentCode", "29", "emailDomains", List.of(slug + ".test"));
    }

    private static boolean organizationExists(String alias) {
        return TestAuthorities.findOrganizationId(alias).isPresent();
    }
}
