package fr.mutualis.api.plan;

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

/**
 * PostgreSQL itself keeps drafts private and published plans read-only for other tenants, whatever the api does:
 * plain SQL as the runtime role.
 */
@SpringBootTest
class PlanRowLevelSecurityIntegrationTests {

    private static Database database;
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID DRAFT = UUID.randomUUID();
    private static final UUID PUBLISHED = UUID.randomUUID();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    @BeforeAll
    static void authorityAWithADraftAndAPublishedPlan(@Autowired ApplicationContext migrated) throws SQLException {
        try (Connection app = runtime(); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("SELECT set_config('app.operator', 'true', true)");
            sql.execute("INSERT INTO authority (id, slug, name, kind, siren) VALUES ('" + A
                    + "', 'plan-rls-a', 'Région A', 'REGION', '130009186'), ('" + B + "', 'plan-rls-b', 'Métropole B', 'EPCI', "
                    + "'200046977')");
            app.commit();
            sql.execute("SELECT set_config('app.tenant_id', '" + A + "', true)");
            sql.execute("INSERT INTO action_plan (tenant_id, id, title, start_year, end_year, status, published_at) "
                    + "VALUES ('" + A + "', '" + DRAFT + "', 'Brouillon', 2024, 2026, 'DRAFT', NULL), ('" + A + "', '"
                    + PUBLISHED + "', 'Publié', 2024, 2026, 'PUBLISHED', now())");
            for (UUID plan : new UUID[] {DRAFT, PUBLISHED}) {
                sql.execute("INSERT INTO plan_action (tenant_id, id, plan_id, title, theme) VALUES ('" + A
                        + "', gen_random_uuid(), '" + plan + "', 'Action', 'USAGE')");
            }
            sql.execute("INSERT INTO plan_action_indicator (tenant_id, id, action_id, code, position) "
                    + "SELECT tenant_id, gen_random_uuid(), id, 'AGENTS_TRAINED', 0 FROM plan_action");
            sql.execute("INSERT INTO plan_action_change (tenant_id, id, action_id, actor_id, actor_name, kind) "
                    + "SELECT tenant_id, gen_random_uuid(), id, 'u', 'U', 'CREATED' FROM plan_action");
            app.commit();
        }
    }

    @Test
    void anotherTenantSeesPublishedRowsOnlyAndAVisitorPublicOnesOnly() throws SQLException {
        assertThat(count(B, "action_plan")).isEqualTo(1);
        assertThat(count(B, "action_plan WHERE id = '" + DRAFT + "'")).isZero();
        assertThat(count(B, "plan_action")).isEqualTo(1);
        assertThat(count(B, "plan_action WHERE plan_id = '" + DRAFT + "'")).isZero();
        assertThat(count(B, "plan_action_indicator")).isEqualTo(1);
        assertThat(count(B, "plan_action_change")).isZero();
        assertThat(count(A, "action_plan")).isEqualTo(2);
        assertThat(count(A, "plan_action_change")).isEqualTo(2);

        // A visitor (no signed-in person: the public api, the open data) sees a published plan only once it is PUBLIC.
        assertThat(count(null, "action_plan") + count(null, "plan_action") + count(null, "plan_action_indicator"))
                .isZero();
        visibility(PUBLISHED, "PUBLIC");
        try {
            assertThat(count(null, "action_plan")).isEqualTo(1);
            assertThat(count(null, "plan_action")).isEqualTo(1);
            assertThat(count(null, "plan_action_indicator")).isEqualTo(1);
            assertThat(count(null, "plan_action_change")).isZero();
        } finally {
            visibility(PUBLISHED, "NETWORK");
        }
    }

    private static void visibility(UUID plan, String visibility) throws SQLException {
        try (Connection app = runtime(); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("SELECT set_config('app.tenant_id', '" + A + "', true)");
            sql.executeUpdate("UPDATE action_plan SET visibility = '" + visibility + "' WHERE id = '" + plan + "'");
            app.commit();
        }
    }

    @Test
    void anotherTenantCannotChangeDeleteOrAddToAPublishedPlan() throws SQLException {
        try (Connection app = runtime(); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("SELECT set_config('app.tenant_id', '" + B + "', true)");
            assertThat(sql.executeUpdate("UPDATE action_plan SET title = 'Pris' WHERE tenant_id = '" + A + "'"))
                    .isZero();
            assertThat(sql.executeUpdate("UPDATE plan_action SET progress = 100 WHERE tenant_id = '" + A + "'"))
                    .isZero();
            assertThat(sql.executeUpdate("DELETE FROM plan_action WHERE tenant_id = '" + A + "'")).isZero();
            assertThat(sql.executeUpdate("DELETE FROM action_plan WHERE tenant_id = '" + A + "'")).isZero();
            app.commit();
            sql.execute("SELECT set_config('app.tenant_id', '" + B + "', true)");
            assertThatThrownBy(() -> sql.execute("INSERT INTO plan_action (tenant_id, id, plan_id, title, theme) "
                    + "VALUES ('" + A + "', gen_random_uuid(), '" + PUBLISHED + "', 'Intrus', 'USAGE')"))
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
        assertThat(count(A, "plan_action WHERE progress = 0")).isEqualTo(2);
        assertThat(count(A, "action_plan WHERE title = 'Pris'")).isZero();
    }

    private static long count(UUID tenant, String from) throws SQLException {
        try (Connection app = runtime(); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            if (tenant != null) {
                // A member of the tenant: the api always names the signed-in person as well.
                sql.execute("SELECT set_config('app.tenant_id', '" + tenant + "', true)");
                sql.execute("SELECT set_config('app.user_id', 'member-of-" + tenant + "', true)");
            }
            try (ResultSet rows = sql.executeQuery("SELECT count(*) FROM " + from)) {
                rows.next();
                long count = rows.getLong(1);
                app.rollback();
                return count;
            }
        }
    }

    private static Connection runtime() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.roles().appUser(),
                database.roles().appPassword());
    }
}
