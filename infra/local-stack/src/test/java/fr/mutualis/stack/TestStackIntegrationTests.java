package fr.mutualis.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TestStackIntegrationTests {

    @Test
    void keycloakIssuesRealTokensForDemoUsersWithTheApiAudience() throws Exception {
        String token = TestStack.accessToken("admin.bretagne");

        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(payload)
                .contains("\"iss\":\"" + TestStack.keycloak().issuer("mutualis") + "\"")
                .contains("mutualis-api")
                .contains("\"preferred_username\":\"admin.bretagne\"");
    }

    @Test
    void keycloakRefusesAWrongPassword() {
        assertThatThrownBy(() -> TestStack.keycloak().passwordToken("mutualis", "mutualis-cli", "admin.bretagne",
                "not-the-password")).hasMessageContaining("invalid_grant");
    }

    @Test
    void freshDatabasesAreSeparateAndTheRuntimeRoleIsUnprivileged() throws SQLException {
        Database first = TestStack.freshDatabase();
        Database second = TestStack.freshDatabase();
        assertThat(first.name()).isNotEqualTo(second.name());

        try (Connection connection = DriverManager.getConnection(first.jdbcUrl(), first.roles().appUser(),
                first.roles().appPassword()); Statement statement = connection.createStatement()) {
            try (ResultSet role = statement.executeQuery(
                    "SELECT rolsuper, rolbypassrls, rolcreatedb, rolcreaterole FROM pg_roles WHERE rolname = current_user")) {
                assertThat(role.next()).isTrue();
                for (int column = 1; column <= 4; column++) {
                    assertThat(role.getBoolean(column)).as("privilege column %d", column).isFalse();
                }
            }
            assertThatThrownBy(() -> statement.execute("CREATE TABLE intruder (id int)"))
                    .hasMessageContaining("permission denied");
        }
    }
}
