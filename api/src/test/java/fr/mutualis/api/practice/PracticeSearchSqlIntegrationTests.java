package fr.mutualis.api.practice;

import static fr.mutualis.api.practice.PracticeFixtures.practice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import fr.mutualis.stack.Database;
import fr.mutualis.stack.DemoPracticeTexts;
import fr.mutualis.stack.TestStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * What the library's search asks of PostgreSQL (ADR 0019): the words found through the GIN index although row-level
 * security is on, the counts of the library without words kept exact by triggers whatever changes, and the library's
 * version that tells kept answers whether they are still true.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "mutualis.practices.search-cache.ttl=0s")
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeSearchSqlIntegrationTests {

    /** The counts as the triggers keep them, and as they are by definition. */
    private static final String KEPT = """
            SELECT visibility, theme, kind, region_code, practices FROM practice_facet_count WHERE practices <> 0
            ORDER BY 1, 2, 3, 4""";
    private static final String COUNTED = """
            SELECT p.visibility, p.theme, a.kind, coalesce(a.region_code, ''), count(*) FROM practice p
            JOIN authority a ON a.id = p.tenant_id WHERE p.status = 'PUBLISHED' GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4""";

    /** The titles and visibility of a search's page, as a reader (%1$s), for words (%2$s) or a date (%3$s). */
    private static final String SEARCH = """
            SELECT title, visibility FROM practice_search(%s, %s, NULL, NULL, NULL, NULL, %s, false, NULL, NULL, 10000)
            WHERE id IS NOT NULL""";
    private static final String SETTINGS = "SELECT current_setting('app.tenant_id', true), "
            + "current_setting('app.user_id', true), current_setting('app.operator', true)";

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
    void aLibrary() throws SQLException {
        TestAuthorities authorities = new TestAuthorities(client);
        fixtures = new PracticeFixtures(client);
        slug = authorities.create("search-sql");
        authorities.addMember(slug, "editor.rennes", "EDITOR");
        fixtures.publish("editor.rennes", slug, "Consolider les serveurs", "Virtualiser.", "Un plan sur trois ans.");
        // Enough published practices of another authority that reading them all costs more than the index.
        String many = authorities.create("search-sql-many");
        try (Connection admin = TestStack.postgres().connect(database.name()); Statement sql = admin.createStatement()) {
            sql.executeUpdate("""
                    INSERT INTO practice (tenant_id, id, title, summary, body, theme, effort, cost, impact, status,
                                          author_id, author_name, published_at)
                    SELECT a.id, gen_random_uuid(), 'Pratique ' || n, 'Résumé ' || n, 'Un corps sans le mot.', 'USAGE',
                           'LOW', 'LOW', 'LOW', 'PUBLISHED', 'bulk', 'Bulk', now()
                    FROM authority a CROSS JOIN generate_series(1, 2000) n WHERE a.slug = '%s'""".formatted(many));
            sql.execute("ANALYZE practice");
        }
    }

    @Test
    void theWordsAreFoundThroughTheIndexUnderRowLevelSecurity() throws SQLException {
        try (Connection app = runtimeRole(); Statement sql = app.createStatement()) {
            sql.execute("SELECT set_config('app.user_id', 'someone', true)");
            // Without LEAKPROOF, the plan reads the indexes of the policies (every published practice) or the whole
            // table, never practice_search.
            List<String> plan = rows(sql, "EXPLAIN SELECT p.id FROM practice p WHERE p.search @@ practice_query('serveurs')");
            assertThat(String.join("\n", plan)).as("the plan, as the runtime role")
                    .contains("Index Scan on practice_search");
            assertThat(rows(sql, "SELECT title FROM practice p WHERE p.search @@ practice_query('serveurs')"))
                    .containsExactly("Consolider les serveurs");
            app.rollback();
        }
    }

    @Test
    void theCountsOfTheLibraryFollowEveryChangeOfAPublishedPractice() throws SQLException {
        Map<String, Object> open = practice("Réemploi ouvert", "Pour tous.", "Corps.", "PUBLISHED");
        open.put("visibility", "PUBLIC");
        String shared = fixtures.create("editor.rennes", slug, open);
        String network = fixtures.publish("editor.rennes", slug, "Réemploi réseau", "Réseau.", "Corps.");
        String draft = fixtures.create("editor.rennes", slug, practice("Brouillon", "Pas encore.", "Corps.", "DRAFT"));
        assertThat(kept()).isEqualTo(counted()).isNotEmpty();

        patch(draft, Map.of("status", "PUBLISHED", "theme", "USAGE"));
        patch(network, Map.of("theme", "END_OF_LIFE", "visibility", "PUBLIC"));
        patch(shared, Map.of("status", "DRAFT"));
        patch(network, Map.of("title", "Réemploi réseau, deuxième version"));
        assertThat(kept()).isEqualTo(counted());
        assertThat(kept()).anySatisfy(row -> assertThat(row).startsWith("PUBLIC|END_OF_LIFE|COMMUNE|53|"));

        // The author authority moves to another région: its practices are counted there.
        renameAuthority("region_code = '11'");
        assertThat(kept()).isEqualTo(counted()).anySatisfy(row -> assertThat(row).contains("|11|"));

        client.get().uri("/api/v1/practices?region=11")
                .headers(h -> h.setBearerAuth(TestStack.accessToken("editor.rennes"))).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(3)
                .jsonPath("$.facets.region[0].value").isEqualTo("11")
                .jsonPath("$.facets.theme[?(@.value == 'END_OF_LIFE')].count").isEqualTo(1);
        client.get().uri("/public/v1/practices?region=11").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(network)
                .jsonPath("$.facets.theme.length()").isEqualTo(1);
    }

    @Test
    void theLibrarysVersionCountsEveryChangeASearchCouldShowAndNothingElse() throws SQLException {
        long start = version();
        String id = fixtures.create("editor.rennes", slug, practice("Version brouillon", "Non.", "Non.", "DRAFT"));
        patch(id, Map.of("title", "Version brouillon corrigé"));
        renameAuthority("population = population + 1");
        assertThat(version()).as("a draft, and an authority's population").isEqualTo(start);

        patch(id, Map.of("status", "PUBLISHED"));
        long published = version();
        assertThat(published).isGreaterThan(start);
        patch(id, Map.of("summary", "Un résumé corrigé."));
        long changed = version();
        assertThat(changed).isGreaterThan(published);
        patch(id, Map.of("status", "DRAFT"));
        long withdrawn = version();
        assertThat(withdrawn).isGreaterThan(changed);
        renameAuthority("name = name || ' (nouveau nom)'");
        assertThat(version()).isGreaterThan(withdrawn);

        try (Connection app = runtimeRole(); Statement sql = app.createStatement()) {
            assertThatThrownBy(() -> sql.execute("UPDATE practice_library_version SET version = 0"))
                    .hasMessageContaining("permission denied");
            app.rollback();
        }
    }

    @Test
    void theRuntimeRoleOnlyReadsTheCountsAndAVisitorOnlyThoseOfPublicPractices() throws SQLException {
        try (Connection app = runtimeRole(); Statement sql = app.createStatement()) {
            assertThat(rows(sql, "SELECT DISTINCT visibility FROM practice_facet_count")).doesNotContain("NETWORK");
            sql.execute("SELECT set_config('app.user_id', 'someone', true)");
            assertThat(rows(sql, "SELECT DISTINCT visibility FROM practice_facet_count")).contains("NETWORK");
            assertThatThrownBy(() -> sql.execute("UPDATE practice_facet_count SET practices = 1000"))
                    .hasMessageContaining("permission denied");
            app.rollback();
            assertThatThrownBy(() -> sql.execute("SELECT practice_facet_count_rebuild()"))
                    .hasMessageContaining("permission denied");
            app.rollback();
        }
    }

    /**
     * A search is one statement (V17), outside any transaction of the api's: the reader it names decides what it
     * reads, whatever the connection was told before, and none of its settings outlives it.
     */
    @Test
    void aSearchIsOneStatementThatReadsAsItsReaderAndLeavesNothingBehind() throws SQLException {
        Map<String, Object> open = practice("Gyropodes partagés ouverts", "Pour tous.", "Des gyropodes.", "PUBLISHED");
        open.put("visibility", "PUBLIC");
        fixtures.create("editor.rennes", slug, open);
        fixtures.publish("editor.rennes", slug, "Gyropodes du réseau", "Réseau.", "Des gyropodes.");
        fixtures.create("editor.rennes", slug, practice("Gyropodes en brouillon", "Non.", "Des gyropodes.", "DRAFT"));
        try (Connection app = runtimeRole(); Statement sql = app.createStatement()) {
            app.setAutoCommit(true);
            assertThat(rows(sql, SEARCH.formatted("'someone'", "'gyropode'", "NULL")))
                    .containsExactlyInAnyOrder("Gyropodes partagés ouverts|PUBLIC", "Gyropodes du réseau|NETWORK");
            assertThat(rows(sql, SETTINGS)).as("after the statement").containsExactly("||");
            assertThat(rows(sql, "SELECT DISTINCT version FROM practice_search('someone', 'gyropode', NULL, NULL, "
                    + "NULL, NULL, NULL, false, NULL, NULL, 21)")).containsExactly(String.valueOf(version()));

            // The connection acts for the author authority, as the operator, for the whole session: not the search.
            sql.execute("SELECT set_config('app.tenant_id', (SELECT id::text FROM authority WHERE slug = '" + slug
                    + "'), false), set_config('app.user_id', 'editor', false), "
                    + "set_config('app.operator', 'true', false)");
            assertThat(rows(sql, SEARCH.formatted("'someone'", "'gyropode'", "NULL")))
                    .containsExactlyInAnyOrder("Gyropodes partagés ouverts|PUBLIC", "Gyropodes du réseau|NETWORK");
            assertThat(rows(sql, SEARCH.formatted("NULL", "'gyropode'", "NULL")))
                    .containsExactly("Gyropodes partagés ouverts|PUBLIC");
            assertThat(rows(sql, SEARCH.formatted("''", "NULL", "NULL"))).as("a visitor's library without words")
                    .isNotEmpty().allSatisfy(row -> assertThat(row).endsWith("|PUBLIC"));
            assertThat(rows(sql, SEARCH.formatted("NULL", "NULL", "'-infinity'"))).as("a visitor's library by date")
                    .isNotEmpty().allSatisfy(row -> assertThat(row).endsWith("|PUBLIC"));
            assertThat(rows(sql, SEARCH.formatted("'someone'", "NULL", "'-infinity'")))
                    .doesNotContain("Gyropodes en brouillon|NETWORK").contains("Gyropodes du réseau|NETWORK");
            assertThat(rows(sql, SETTINGS)).as("the session's own settings, back after the statement")
                    .containsExactly(rows(sql, "SELECT id::text FROM authority WHERE slug = '" + slug + "'").getFirst()
                            + "|editor|true");
        }
    }

    /**
     * The api marks in its excerpts exactly the words PostgreSQL marks ({@code ts_headline} with {@code HighlightAll},
     * the configuration and query function of the search), on every text of the demo library and texts made for the
     * hard cases (elisions, hyphens, ligatures, digits, stop words), for searches of every kind. PostgreSQL is given
     * the query's searched part ({@code querytree}): its {@code ts_headline} also marks excluded words (« -élus »),
     * which a hit never contains.
     */
    @Test
    void theApisExcerptsMarkTheWordsPostgreSqlWould() throws SQLException {
        List<String> texts = new ArrayList<>(DemoPracticeTexts.searchedTexts());
        texts.add("L'impression à Saint-Brieuc : les œuvres d'art, le PUE2 en 2025, l'été des élus et l'eau.");
        texts.add("Réemploi, réemplois, REEMPLOI ; imprimantes partagées, imprimante partagée ; écoconception.");
        List<String> searches = List.of("reemploi", "impression", "imprimantes partagées", "serveurs", "PUE", "PUE2",
                "formation des agents", "mediatheque", "smartphones reconditionnés", "convention de cession",
                "ecoconception", "données ouvertes", "élus", "été", "Saint-Brieuc", "\"recto verso\"",
                "empreinte de fabrication", "numérique responsable", "label -élus", "oeuvres", "l'eau", "2025",
                "association reemploi postes", "sobriété énergétique", "accessibilité inclusion");
        FrenchStemmer stemmer = new FrenchStemmer();
        int marked = 0;
        try (Connection app = runtimeRole();
                PreparedStatement sql = app.prepareStatement("""
                        SELECT ts_headline('french_unaccent'::regconfig, ?, querytree(practice_query(?))::tsquery,
                                           'HighlightAll=true, StartSel=' || chr(2) || ', StopSel=' || chr(3)),
                               querytree(practice_query(?))::text""")) {
            for (String search : searches) {
                for (String text : texts) {
                    sql.setString(1, text);
                    sql.setString(2, search);
                    sql.setString(3, search);
                    try (ResultSet row = sql.executeQuery()) {
                        row.next();
                        Set<String> lexemes = Headlines.lexemes(row.getString(2));
                        List<String> byPostgreSql = wordsBetweenMarks(row.getString(1));
                        List<String> byTheApi = new ArrayList<>();
                        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
                            if (!word.isEmpty() && Headlines.found(word, lexemes, stemmer)) {
                                byTheApi.add(word);
                            }
                        }
                        assertThat(byTheApi).as("words marked for « %s » in: %s", search, text)
                                .isEqualTo(byPostgreSql);
                        marked += byTheApi.size();
                    }
                }
            }
            app.rollback();
        }
        assertThat(marked).as("words marked in all").isGreaterThan(100);
    }

    /** The words (runs of letters and digits) inside the marks of a headline, in order. */
    private static List<String> wordsBetweenMarks(String headline) {
        List<String> words = new ArrayList<>();
        Matcher marked = Pattern.compile("\u0002([^\u0003]*)\u0003").matcher(headline);
        while (marked.find()) {
            for (String word : marked.group(1).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    words.add(word);
                }
            }
        }
        return words;
    }

    private static long version() throws SQLException {
        return Long.parseLong(asSuperuser("SELECT version FROM practice_library_version").getFirst());
    }

    /** An UPDATE of the test authority, as its administrator would through the api. */
    private void renameAuthority(String change) throws SQLException {
        try (Connection app = runtimeRole(); Statement sql = app.createStatement()) {
            sql.execute("SELECT set_config('app.user_id', 'admin', true), set_config('app.tenant_id', "
                    + "(SELECT id::text FROM authority WHERE slug = '" + slug + "'), true)");
            assertThat(sql.executeUpdate("UPDATE authority SET " + change + " WHERE slug = '" + slug + "'")).isOne();
            app.commit();
        }
    }

    private void patch(String id, Map<String, Object> changes) {
        client.patch().uri("/api/v1/authorities/{slug}/practices/{id}", slug, id)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("editor.rennes"))).bodyValue(changes)
                .exchange().expectStatus().isOk();
    }

    private static List<String> kept() throws SQLException {
        return asSuperuser(KEPT);
    }

    private static List<String> counted() throws SQLException {
        return asSuperuser(COUNTED);
    }

    private static List<String> asSuperuser(String query) throws SQLException {
        try (Connection admin = TestStack.postgres().connect(database.name()); Statement sql = admin.createStatement()) {
            return rows(sql, query);
        }
    }

    /** The runtime role in a transaction of its own, as the api connects (row-level security on). */
    private static Connection runtimeRole() throws SQLException {
        Connection app = DriverManager.getConnection(database.jdbcUrl(), database.roles().appUser(),
                database.roles().appPassword());
        app.setAutoCommit(false);
        return app;
    }

    /** Each row as its columns joined by {@code |}. */
    private static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet result = sql.executeQuery(query)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> values = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    values.add(result.getString(column));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }
}
