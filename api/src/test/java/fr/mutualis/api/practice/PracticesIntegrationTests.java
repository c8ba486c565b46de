package fr.mutualis.api.practice;

import static fr.mutualis.api.practice.PracticeFixtures.practice;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import fr.mutualis.stack.Database;
import fr.mutualis.stack.TestStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Writing, publishing and reading practices; drafts stay private to their authority, in the api and in PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticesIntegrationTests {

    private static Database database;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    private PracticeFixtures fixtures;
    private String author;
    private String other;

    @BeforeAll
    void twoAuthorities() {
        TestAuthorities authorities = new TestAuthorities(client);
        fixtures = new PracticeFixtures(client);
        author = authorities.create("practices-a");
        other = authorities.create("practices-b");
        authorities.addMember(author, "editor.rennes", "EDITOR");
        authorities.addMember(author, "viewer.quimper", "VIEWER");
        authorities.addMember(other, "editor.bretagne", "EDITOR");
    }

    @Test
    void anEditorPublishesAndTheNetworkReadsTheSanitisedBody() {
        Map<String, Object> body = practice("Imprimer moins", "Un quota par service.",
                "## Étapes\n\n<script>alert(1)</script>[guide](javascript:alert(1)) **recto verso**", "PUBLISHED");
        as("editor.rennes", client.post().uri("/api/v1/authorities/{slug}/practices", author)).bodyValue(body)
                .exchange().expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/v1/authorities/" + author + "/practices/[0-9a-f-]{36}")
                .expectHeader().valueEquals("ETag", "\"0\"")
                .expectBody().jsonPath("$.status").isEqualTo("PUBLISHED").jsonPath("$.publishedAt").isNotEmpty();
        String id = fixtures.publish("editor.rennes", author, "Imprimer moins encore", "Quotas.",
                "<img src=x onerror=alert(1)> **recto verso**");

        as("editor.bretagne", client.get().uri("/api/v1/practices/{id}", id)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.authority.slug").isEqualTo(author)
                .jsonPath("$.bodyHtml").value(html -> assertThat((String) html)
                        .contains("<strong>recto verso</strong>").doesNotContain("<img", "onerror=\"", "<script"))
                .jsonPath("$.indicators[0]").isEqualTo("REUSE_PURCHASE_SHARE");
    }

    @Test
    void draftsAreNeverVisibleToOtherAuthorities() throws SQLException {
        String draft = fixtures.create("editor.rennes", author,
                practice("Brouillon zorglubien", "Pas encore prêt.", "zorglubien", "DRAFT"));

        as("editor.bretagne", client.get().uri("/api/v1/practices/{id}", draft)).exchange().expectStatus().isNotFound();
        as("editor.bretagne", client.get().uri("/api/v1/authorities/{slug}/practices/{id}", author, draft)).exchange()
                .expectStatus().isNotFound();
        as("editor.bretagne", client.get().uri("/api/v1/practices?q=zorglubien")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0).jsonPath("$.total").isEqualTo(0);
        as("editor.bretagne", client.post().uri("/api/v1/practices/{id}/endorsement?authority={a}", draft, other))
                .exchange().expectStatus().isNotFound();
        as("editor.bretagne", client.post().uri("/api/v1/practices/{id}/comments?authority={a}", draft, other))
                .bodyValue(Map.of("body", "Je lis votre brouillon")).exchange().expectStatus().isNotFound();
        client.get().uri("/public/v1/practices/{id}", draft).exchange().expectStatus().isNotFound();
        // Even the author's own members only find a draft on the authority's route, not in the network library.
        as("viewer.quimper", client.get().uri("/api/v1/authorities/{slug}/practices/{id}", author, draft)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("DRAFT");

        // PostgreSQL hides it too, whatever SQL the api would send.
        UUID authorId = authorityId(author);
        assertThat(visibleDrafts(authorityId(other), draft)).isZero();
        assertThat(visibleDrafts(null, draft)).isZero();
        assertThat(visibleDrafts(authorId, draft)).isEqualTo(1);
    }

    @Test
    void onlyEditorsWriteAndOnlyMembersReadTheAuthorityRoutes() {
        as("viewer.quimper", client.post().uri("/api/v1/authorities/{slug}/practices", author))
                .bodyValue(practice("Interdit", "Non.", "Non.", "DRAFT")).exchange().expectStatus().isForbidden();
        as("editor.bretagne", client.post().uri("/api/v1/authorities/{slug}/practices", author))
                .bodyValue(practice("Intrus", "Non.", "Non.", "DRAFT")).exchange().expectStatus().isNotFound();
        as("editor.bretagne", client.get().uri("/api/v1/authorities/{slug}/practices", author)).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void membersListTheirAuthoritysPracticesDraftsIncludedPageByPage() {
        fixtures.create("editor.rennes", author, practice("Liste un", "Résumé.", "Corps.", "DRAFT"));
        fixtures.create("editor.rennes", author, practice("Liste deux", "Résumé.", "Corps.", "DRAFT"));

        Map<?, ?> first = as("viewer.quimper", client.get().uri("/api/v1/authorities/{slug}/practices?limit=1", author))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<?>) first.get("items")).hasSize(1);
        as("viewer.quimper", client.get().uri("/api/v1/authorities/{slug}/practices?limit=1&cursor={c}", author,
                first.get("nextCursor"))).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].title").value(title -> assertThat(title).isNotEqualTo(
                        ((Map<?, ?>) ((List<?>) first.get("items")).getFirst()).get("title")));
    }

    @Test
    void changesHonourIfMatchAndPublishing() {
        String id = fixtures.create("editor.rennes", author, practice("Version un", "Résumé.", "Corps.", "DRAFT"));

        as("editor.rennes", client.patch().uri("/api/v1/authorities/{slug}/practices/{id}", author, id))
                .header("If-Match", "\"0\"").bodyValue(Map.of("title", "Version deux", "status", "PUBLISHED"))
                .exchange().expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.title").isEqualTo("Version deux").jsonPath("$.summary").isEqualTo("Résumé.")
                .jsonPath("$.status").isEqualTo("PUBLISHED");
        as("editor.rennes", client.patch().uri("/api/v1/authorities/{slug}/practices/{id}", author, id))
                .header("If-Match", "\"0\"").bodyValue(Map.of("title", "Version perdue")).exchange()
                .expectStatus().isEqualTo(412);
        as("editor.bretagne", client.get().uri("/api/v1/practices/{id}", id)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.title").isEqualTo("Version deux");
    }

    @Test
    void invalidInputIsRefusedWithTheFieldNamed() {
        Map<String, Object> wrong = practice("Indicateur faux", "Résumé.", "Corps.", "DRAFT");
        wrong.put("indicators", List.of("pages per agent"));
        wrong.put("title", " ");
        as("editor.rennes", client.post().uri("/api/v1/authorities/{slug}/practices", author)).bodyValue(wrong)
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(fields -> assertThat(fields.toString())
                        .contains("indicators", "title"));
        Map<String, Object> theme = practice("Thème inconnu", "Résumé.", "Corps.", "DRAFT");
        theme.put("theme", "GARDENING");
        as("editor.rennes", client.post().uri("/api/v1/authorities/{slug}/practices", author)).bodyValue(theme)
                .exchange().expectStatus().isBadRequest();
        as("editor.rennes", client.get().uri("/api/v1/practices?region=Bretagne")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("region");
    }

    @Test
    void anonymousReadersOnlySeePublicPublishedPractices() {
        Map<String, Object> open = practice("Pratique ouverte xylophone", "Pour tous.", "Corps.", "PUBLISHED");
        open.put("visibility", "PUBLIC");
        String shared = fixtures.create("editor.rennes", author, open);
        String network = fixtures.publish("editor.rennes", author, "Pratique réseau xylophone", "Réseau.", "Corps.");

        client.get().uri("/public/v1/practices/{id}", shared).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.authorName").isEmpty().jsonPath("$.title").isEqualTo("Pratique ouverte xylophone");
        client.get().uri("/public/v1/practices/{id}", network).exchange().expectStatus().isNotFound();
        client.get().uri("/public/v1/practices?q=xylophone").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(shared);
        client.get().uri("/api/v1/practices?q=xylophone").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void publishedForAdoptionAnswersOnlyPublishedPractices(@Autowired Practices practices) {
        String published = fixtures.publish("editor.rennes", author, "À adopter", "Résumé court.", "Corps.");
        String draft = fixtures.create("editor.rennes", author, practice("Pas à adopter", "Non.", "Non.", "DRAFT"));

        AdoptablePracticeView view = practices.publishedForAdoption(UUID.fromString(published)).block();
        assertThat(view).isEqualTo(new AdoptablePracticeView(UUID.fromString(published), "À adopter",
                "Résumé court.", "PROCUREMENT"));
        assertThat(practices.publishedForAdoption(UUID.fromString(draft)).blockOptional()).isEmpty();
    }

    private WebTestClient.RequestHeadersSpec<?> as(String username, WebTestClient.RequestHeadersSpec<?> request) {
        return request.headers(h -> h.setBearerAuth(TestStack.accessToken(username)));
    }

    private WebTestClient.RequestBodySpec as(String username, WebTestClient.RequestBodySpec request) {
        return request.headers(h -> h.setBearerAuth(TestStack.accessToken(username)));
    }

    private static UUID authorityId(String slug) throws SQLException {
        try (Connection admin = TestStack.postgres().connect(database.name()); Statement sql = admin.createStatement();
                ResultSet rows = sql.executeQuery("SELECT id FROM authority WHERE slug = '" + slug + "'")) {
            rows.next();
            return UUID.fromString(rows.getString(1));
        }
    }

    /** Counts the draft as the runtime role sees it, for a tenant (or none), with no filter but its id. */
    private static long visibleDrafts(@Nullable UUID tenant, String id) throws SQLException {
        try (Connection app = DriverManager.getConnection(database.jdbcUrl(), database.roles().appUser(),
                database.roles().appPassword()); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("SELECT set_config('app.tenant_id', '" + (tenant == null ? "" : tenant) + "', true)");
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM practice WHERE id = '" + id + "'")) {
                rows.next();
                long count = rows.getLong(1);
                app.rollback();
                return count;
            }
        }
    }
}
