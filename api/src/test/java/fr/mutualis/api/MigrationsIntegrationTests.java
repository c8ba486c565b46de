package fr.mutualis.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.stack.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application migrates a fresh PostgreSQL database as the owner role and runs as an unprivileged role. */
@SpringBootTest
class MigrationsIntegrationTests {

    private static Database database;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    @Test
    void everyMigrationRanSuccessfullyAsTheOwner() throws SQLException {
        try (Connection owner = connectAs(database.roles().ownerUser(), database.roles().ownerPassword());
                Statement statement = owner.createStatement();
                ResultSet history = statement.executeQuery(
                        "SELECT count(*) FILTER (WHERE NOT success), count(*), min(installed_by) "
                                + "FROM flyway_schema_history WHERE version IS NOT NULL")) {
            history.next();
            assertThat(history.getInt(1)).as("failed migrations").isZero();
            assertThat(history.getInt(2)).as("applied migrations").isPositive();
            assertThat(history.getString(3)).isEqualTo(database.roles().ownerUser());
        }
    }

    @Test
    void theRuntimeRoleCannotBypassRowLevelSecurityNorRunDdl() throws SQLException {
        try (Connection app = connectAs(database.roles().appUser(), database.roles().appPassword());
                Statement statement = app.createStatement()) {
            try (ResultSet role = statement.executeQuery(
                    "SELECT rolsuper, rolbypassrls, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user")) {
                role.next();
                assertThat(role.getBoolean("rolbypassrls")).isFalse();
                assertThat(role.getBoolean("rolsuper")).isFalse();
                assertThat(role.getBoolean("rolcreatedb")).isFalse();
                assertThat(role.getBoolean("rolcreaterole")).isFalse();
            }
            assertThatThrownBy(() -> statement.execute("CREATE TABLE intruder (id int)"))
                    .hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("DROP TABLE flyway_schema_history"))
                    .hasMessageContaining("must be owner");
            assertThatThrownBy(() -> statement.execute("SELECT * FROM flyway_schema_history"))
                    .hasMessageContaining("permission denied");
        }
    }

    private static Connection connectAs(String user, String password) throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), user, password);
    }
}
