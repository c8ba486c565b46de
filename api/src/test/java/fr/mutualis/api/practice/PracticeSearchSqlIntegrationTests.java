package fr.mutualis.api.practice;

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
import java.util.ArrayList;
import java.util.List;
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
 * What the library's search asks of PostgreSQL (ADR 0019): the words found through the GIN index under row-level
 * security.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeSearchSqlIntegrationTests {

    private static Database database;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    @BeforeAll
    void anAuthority() {
        TestAuthorities authorities = new TestAuthorities(client);
        PracticeFixtures fixtures = new PracticeFixtures(client);
        String slug = authorities.create("search-sql");
        authorities.addMember(slug, "editor.rennes", "EDITOR");
        fixtures.publish("editor.rennes", slug, "Consolider les serveurs", "Virtualiser.", "Un plan sur trois ans.");
    }

    @Test
    void theWordsAreFoundThroughTheIndexUnderRowLevelSecurity() throws SQLException {
        try (Connection app = runtimeRole(); Statement sql = app.createStatement()) {
            sql.execute("SELECT set_config('app.user_id', 'someone', true)");
            // A table this small would be read whole anyway. Without LEAKPROOF, the plan reads the indexes of the
            // policies (every published practice) or the whole table, never practice_search.
            sql.execute("SET LOCAL enable_seqscan = off");
            List<String> plan = rows(sql, "EXPLAIN SELECT p.id FROM practice p WHERE p.search @@ practice_query('serveurs')");
            assertThat(String.join("\n", plan)).as("the plan, as the runtime role")
                    .contains("Index Scan on practice_search");
            assertThat(rows(sql, "SELECT title FROM practice p WHERE p.search @@ practice_query('serveurs')"))
                    .containsExactly("Consolider les serveurs");
            app.rollback();
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
