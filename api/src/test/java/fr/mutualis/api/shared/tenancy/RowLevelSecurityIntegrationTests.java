package fr.mutualis.api.shared.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.stack.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** PostgreSQL itself keeps tenants apart, whatever the api does: tested as the runtime role, with plain SQL. */
@SpringBootTest
class RowLevelSecurityIntegrationTests {

    private static Database database;
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    /** The application context parameter makes Spring start (and migrate the database) first. */
    @BeforeAll
    static void twoAuthoritiesWithOneMemberEach(@Autowired ApplicationContext migrated) throws SQLException {
        try (Connection app = runtime(); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("SELECT set_config('app.operator', 'true', true)");
            sql.execute(insertAuthority(A, "rls-a", "130009186"));
            sql.execute(insertAuthority(B, "rls-b", "200046977"));
            app.commit();
            for (UUID tenant : new UUID[] {A, B}) {
                sql.execute("SELECT set_config('app.tenant_id', '" + tenant + "', true)");
                sql.execute("INSERT INTO membership (tenant_id, id, user_id, email, name, role) VALUES ('" + tenant
                        + "', gen_random_uuid(), 'user-" + tenant + "', 'x@example.org', 'X', 'ADMIN')");
                app.commit();
            }
        }
    }

    @Test
    void withoutATenantNoTenantRowIsVisible() throws SQLException {
        assertThat(count(null, "membership")).isZero();
    }

    @Test
    void aTenantSeesOnlyItsOwnRows() throws SQLException {
        assertThat(count(A, "membership")).isEqualTo(1);
        assertThat(count(A, "membership WHERE tenant_id = '" + B + "'")).isZero();
    }

    @Test
    void aRowForAnotherTenantCannotBeWritten() throws SQLException {
        try (Connection app = runtime(); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("SELECT set_config('app.tenant_id', '" + A + "', true)");
            assertThatThrownBy(() -> sql.execute("INSERT INTO membership (tenant_id, id, user_id, email, name, role) "
                    + "VALUES ('" + B + "', gen_random_uuid(), 'intruder', 'i@example.org', 'I', 'ADMIN')"))
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    @Test
    void anotherTenantsRowsCannotBeChangedOrDeleted() throws SQLException {
        try (Connection app = runtime(); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("SELECT set_config('app.tenant_id', '" + A + "', true)");
            assertThat(sql.executeUpdate("UPDATE membership SET role = 'VIEWER' WHERE tenant_id = '" + B + "'")).isZero();
            assertThat(sql.executeUpdate("DELETE FROM membership WHERE tenant_id = '" + B + "'")).isZero();
            app.commit();
        }
        assertThat(count(B, "membership WHERE role = 'ADMIN'")).isEqualTo(1);
    }

    @Test
    void theSettingDoesNotOutliveItsTransaction() throws SQLException {
        try (Connection app = runtime(); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("SELECT set_config('app.tenant_id', '" + A + "', true)");
            app.commit();
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM membership")) {
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
            app.rollback();
        }
    }

    @Test
    void theAuditLogIsAppendOnlyForTheRuntimeRole() throws SQLException {
        try (Connection app = runtime(); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("SELECT set_config('app.tenant_id', '" + A + "', true)");
            sql.execute("INSERT INTO audit_event (tenant_id, id, actor_id, actor_name, action, target_type, target_id,"
                    + " request_id) VALUES ('" + A + "', gen_random_uuid(), 'u', 'U', 'test', 't', 't', 'r')");
            assertThatThrownBy(() -> sql.execute("UPDATE audit_event SET action = 'forged'"))
                    .hasMessageContaining("permission denied");
            app.rollback();
            sql.execute("SELECT set_config('app.tenant_id', '" + A + "', true)");
            assertThatThrownBy(() -> sql.execute("DELETE FROM audit_event"))
                    .hasMessageContaining("permission denied");
            app.rollback();
        }
    }

    @Test
    void onlyTheOperatorCreatesAuthorities() throws SQLException {
        try (Connection app = runtime(); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            assertThatThrownBy(() -> sql.execute(insertAuthority(UUID.randomUUID(), "rls-c", "356000000")))
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    private static long count(UUID tenant, String from) throws SQLException {
        try (Connection app = runtime(); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            if (tenant != null) {
                sql.execute("SELECT set_config('app.tenant_id', '" + tenant + "', true)");
            }
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + from)) {
                rows.next();
                long count = rows.getLong(1);
                app.rollback();
                return count;
            }
        }
    }

    private static String insertAuthority(UUID id, String slug, String siren) {
        return "INSERT INTO authority (id, slug, name, kind, siren) VALUES ('" + id + "', '" + slug + "', 'Test "
                + slug + "', 'COMMUNE', '" + siren + "')";
    }

    private static Connection runtime() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.roles().appUser(),
                database.roles().appPassword());
    }
}
