package fr.mutualis.api.practice;

import static fr.mutualis.api.practice.PracticeFixtures.practice;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.stack.Database;
import fr.mutualis.stack.TestStack;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
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
 * The kept answers of the library's search (ADR 0019), with a TTL long enough that only forgetting them can show a
 * change: what this instance changes shows at once, a visitor never gets an answer kept for the network, and
 * different questions never share an answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mutualis.practices.search-cache.ttl=10m")
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeSearchCacheIntegrationTests {

    private static Database database;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    private PracticeFixtures fixtures;
    private String slug;

    @BeforeAll
    void anAuthority() {
        TestAuthorities authorities = new TestAuthorities(client);
        fixtures = new PracticeFixtures(client);
        slug = authorities.create("search-cache");
        authorities.addMember(slug, "editor.rennes", "EDITOR");
    }

    @Test
    void aChangeMadeThroughThisInstanceShowsInItsSearchesAtOnce() {
        assertThat(titles(network("/api/v1/practices?q=tartempion"))).isEmpty();
        long library = total(network("/api/v1/practices"));

        String id = fixtures.publish("editor.rennes", slug, "Tartempion publié", "Résumé.", "Corps.");
        assertThat(titles(network("/api/v1/practices?q=tartempion"))).containsExactly("Tartempion publié");
        assertThat(total(network("/api/v1/practices"))).isEqualTo(library + 1);

        patch(id, Map.of("title", "Tartempion corrigé"));
        assertThat(titles(network("/api/v1/practices?q=tartempion"))).containsExactly("Tartempion corrigé");

        patch(id, Map.of("status", "DRAFT"));
        assertThat(titles(network("/api/v1/practices?q=tartempion"))).isEmpty();
        assertThat(total(network("/api/v1/practices"))).isEqualTo(library);

        String draft = fixtures.create("editor.rennes", slug, practice("Tartempion brouillon", "Non.", "Non.", "DRAFT"));
        patch(draft, Map.of("status", "PUBLISHED"));
        assertThat(titles(network("/api/v1/practices?q=tartempion"))).containsExactly("Tartempion brouillon");
    }

    @Test
    void answersAreKeptAndAChangeMadeElsewhereWaitsForTheTtl() throws SQLException {
        fixtures.publish("editor.rennes", slug, "Ornithorynque ancien", "Résumé.", "Corps.");
        assertThat(titles(network("/api/v1/practices?q=ornithorynque"))).containsExactly("Ornithorynque ancien");

        // As another api instance would: the row changes, this instance is not told.
        try (Connection admin = TestStack.postgres().connect(database.name()); Statement sql = admin.createStatement()) {
            sql.executeUpdate("UPDATE practice SET title = 'Ornithorynque modifié ailleurs' WHERE title = 'Ornithorynque ancien'");
        }
        assertThat(titles(network("/api/v1/practices?q=ornithorynque"))).containsExactly("Ornithorynque ancien");
        assertThat(titles(network("/api/v1/practices?q=ornithorynque&limit=10")))
                .containsExactly("Ornithorynque modifié ailleurs");
    }

    @Test
    void aVisitorNeverGetsTheAnswerKeptForTheNetwork() {
        fixtures.publish("editor.rennes", slug, "Zeppelin du réseau", "Réseau.", "Corps.");
        assertThat(titles(network("/api/v1/practices?q=zeppelin"))).containsExactly("Zeppelin du réseau");
        assertThat(titles(anyone("/public/v1/practices?q=zeppelin"))).isEmpty();
        assertThat(total(anyone("/public/v1/practices?q=zeppelin"))).isZero();

        Map<String, Object> open = practice("Zeppelin ouvert", "Pour tous.", "Corps.", "PUBLISHED");
        open.put("visibility", "PUBLIC");
        fixtures.create("editor.rennes", slug, open);
        assertThat(titles(anyone("/public/v1/practices?q=zeppelin"))).containsExactly("Zeppelin ouvert");
        assertThat(titles(network("/api/v1/practices?q=zeppelin")))
                .containsExactlyInAnyOrder("Zeppelin du réseau", "Zeppelin ouvert");
        assertThat(titles(anyone("/public/v1/practices?q=zeppelin"))).containsExactly("Zeppelin ouvert");
    }

    @Test
    void aCallerWithoutSignedInPersonIsAskedAsAVisitorWhateverAnswerIsKept(@Autowired PracticeSearch search) {
        fixtures.publish("editor.rennes", slug, "Hélicoptère du réseau", "Réseau.", "Corps.");
        PracticeQuery words = new PracticeQuery("hélicoptère", null, null, null, null, null, false);
        Caller agent = new Caller("an-agent", "Agent", "agent@rennes.fr", false, "token");

        assertThat(search.search(agent, words, null, 20).block().items()).hasSize(1);
        assertThat(search.search(Caller.visitor(), words, null, 20).block().items()).isEmpty();
        assertThat(search.search(null, words, null, 20).block().total()).isZero();
        assertThat(search.search(agent, words, null, 20).block().items()).hasSize(1);
    }

    @Test
    void differentFiltersAndPagesNeverShareAnAnswer() {
        fixtures.publish("editor.rennes", slug, "Gyroscope des achats", "Résumé.", "Corps.");
        Map<String, Object> usage = practice("Gyroscope des usages", "Résumé.", "Corps.", "PUBLISHED");
        usage.put("theme", "USAGE");
        usage.put("tags", List.of("sobriété"));
        fixtures.create("editor.rennes", slug, usage);

        assertThat(titles(network("/api/v1/practices?q=gyroscope&theme=PROCUREMENT"))).containsExactly("Gyroscope des achats");
        assertThat(titles(network("/api/v1/practices?q=gyroscope&theme=USAGE"))).containsExactly("Gyroscope des usages");
        assertThat(titles(network("/api/v1/practices?q=gyroscope&tag=sobriété"))).containsExactly("Gyroscope des usages");
        assertThat(titles(network("/api/v1/practices?q=gyroscope&kind=REGION"))).isEmpty();
        assertThat(titles(network("/api/v1/practices?q=gyroscope&region=11"))).isEmpty();
        assertThat(titles(network("/api/v1/practices?q=gyroscope&publishedSince=2999-01-01T00:00:00Z"))).isEmpty();

        Map<?, ?> first = network("/api/v1/practices?q=gyroscope&limit=1");
        Map<?, ?> second = network("/api/v1/practices?q=gyroscope&limit=1&cursor=" + first.get("nextCursor"));
        assertThat(titles(first)).hasSize(1);
        assertThat(titles(second)).hasSize(1).doesNotContainAnyElementsOf(titles(first));
        assertThat(titles(network("/api/v1/practices?q=gyroscope&limit=2"))).hasSize(2);
    }

    private void patch(String id, Map<String, Object> changes) {
        client.patch().uri("/api/v1/authorities/{slug}/practices/{id}", slug, id)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("editor.rennes"))).bodyValue(changes)
                .exchange().expectStatus().isOk();
    }

    private Map<?, ?> network(String uri) {
        return client.get().uri(uri).headers(h -> h.setBearerAuth(TestStack.accessToken("editor.rennes")))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<?, ?> anyone(String uri) {
        return client.get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    private static List<String> titles(Map<?, ?> page) {
        return ((List<?>) page.get("items")).stream().map(item -> (String) ((Map<?, ?>) item).get("title")).toList();
    }

    private static long total(Map<?, ?> page) {
        return ((Number) page.get("total")).longValue();
    }
}
