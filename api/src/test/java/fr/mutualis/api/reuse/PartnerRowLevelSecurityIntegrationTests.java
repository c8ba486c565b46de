package fr.mutualis.api.reuse;

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
 * The partner policies of ADR 0011, as the runtime role with plain SQL: with {@code app.partner_id} set and no tenant,
 * a partner sees the lots offered in its area and those it holds, claims only offered lots of its area, and never
 * reads another partner's lots, a declared lot, or the webhook secrets.
 */
@SpringBootTest
class PartnerRowLevelSecurityIntegrationTests {

    private static Database database;
    private static final UUID AUTHORITY = UUID.randomUUID();
    private static final UUID FINISTERE = UUID.randomUUID();
    private static final UUID MORBIHAN = UUID.randomUUID();
    private static final UUID OFFERED_29 = UUID.randomUUID();
    private static final UUID DECLARED_29 = UUID.randomUUID();
    private static final UUID OFFERED_56 = UUID.randomUUID();

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    @BeforeAll
    static void twoPartnersAndThreeLots(@Autowired ApplicationContext migrated) throws SQLException {
        try (Connection app = runtime(); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("SELECT set_config('app.operator', 'true', true)");
            sql.execute("INSERT INTO authority (id, slug, name, kind, siren) VALUES ('" + AUTHORITY
                    + "', 'rls-reuse', 'Test', 'COMMUNE', '130009186')");
            sql.execute(partner(FINISTERE, "29", "73282932000074"));
            sql.execute(partner(MORBIHAN, "56", "83214530700019"));
            sql.execute("INSERT INTO partner_secret VALUES ('" + FINISTERE + "', 'whsec_x')");
            app.commit();
            sql.execute("SELECT set_config('app.tenant_id', '" + AUTHORITY + "', true)");
            sql.execute(lot(OFFERED_29, "29", "OFFERED"));
            sql.execute(lot(DECLARED_29, "29", "DECLARED"));
            sql.execute(lot(OFFERED_56, "56", "OFFERED"));
            app.commit();
        }
    }

    @Test
    void aPartnerSeesOnlyTheOfferedLotsOfItsArea() throws SQLException {
        assertThat(visibleLots(FINISTERE)).containsExactly(OFFERED_29.toString());
        assertThat(visibleLots(MORBIHAN)).containsExactly(OFFERED_56.toString());
        assertThat(visibleLots(null)).isEmpty();
    }

    @Test
    void aPartnerCannotClaimALotOutsideItsAreaNorReadSecrets() throws SQLException {
        try (Connection app = runtime(); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            sql.execute("SELECT set_config('app.partner_id', '" + MORBIHAN + "', true)");
            assertThat(sql.executeUpdate("UPDATE equipment_lot SET status = 'CLAIMED', claimed_by = '" + MORBIHAN
                    + "' WHERE id IN ('" + OFFERED_29 + "', '" + DECLARED_29 + "')")).isZero();
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE equipment_lot SET claimed_by = '" + FINISTERE
                    + "' WHERE id = '" + OFFERED_56 + "'")).hasMessageContaining("row-level security");
            app.rollback();
            sql.execute("SELECT set_config('app.partner_id', '" + MORBIHAN + "', true)");
            try (ResultSet secrets = sql.executeQuery("SELECT count(*) FROM partner_secret")) {
                secrets.next();
                assertThat(secrets.getInt(1)).isZero();
            }
            assertThatThrownBy(() -> sql.execute("INSERT INTO lot_event (tenant_id, id, lot_id, status, actor) VALUES ('"
                    + AUTHORITY + "', gen_random_uuid(), '" + OFFERED_29 + "', 'CLAIMED', 'x')"))
                    .hasMessageContaining("row-level security");
            app.rollback();
        }
    }

    private static java.util.List<String> visibleLots(UUID partner) throws SQLException {
        try (Connection app = runtime(); Statement sql = app.createStatement()) {
            app.setAutoCommit(false);
            if (partner != null) {
                sql.execute("SELECT set_config('app.partner_id', '" + partner + "', true)");
            }
            java.util.List<String> ids = new java.util.ArrayList<>();
            try (ResultSet rows = sql.executeQuery("SELECT id FROM equipment_lot ORDER BY id")) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            app.rollback();
            return ids;
        }
    }

    private static String partner(UUID id, String department, String siret) {
        return "INSERT INTO partner (id, name, siret, kind, categories, departments, client_id) VALUES ('" + id
                + "', 'Partner " + department + "', '" + siret + "', 'ASSOCIATION', '{LAPTOP}', '{" + department
                + "}', 'rls-" + id + "')";
    }

    private static String lot(UUID id, String department, String status) {
        return "INSERT INTO equipment_lot (tenant_id, id, category, quantity, average_age_years, condition, "
                + "data_erasure_required, department_code, destination, retired_on, status, offered_at) VALUES ('"
                + AUTHORITY + "', '" + id + "', 'LAPTOP', 5, 3, 'WORKING', false, '" + department
                + "', 'EXTERNAL_REUSE', current_date, '" + status + "', "
                + (status.equals("OFFERED") ? "now()" : "NULL") + ")";
    }

    private static Connection runtime() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.roles().appUser(),
                database.roles().appPassword());
    }
}
