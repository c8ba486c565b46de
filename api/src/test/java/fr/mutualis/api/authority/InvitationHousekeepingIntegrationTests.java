package fr.mutualis.api.authority;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.stack.Database;
import fr.mutualis.stack.TestData;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The nightly purge of closed invitations, on two authorities: accepted and revoked invitations older than the
 * retention go, pending ones and recent ones stay, in every authority (each purged under its own tenant).
 */
@SpringBootTest
class InvitationHousekeepingIntegrationTests {

    private static Database database;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        database = ApiTestDatabase.register(registry);
    }

    @Autowired
    private InvitationHousekeeping housekeeping;

    @Test
    void closedInvitationsPastTheRetentionAreDeletedInEveryAuthorityAndNothingElse() throws SQLException {
        UUID first = authorityWithInvitations();
        UUID second = authorityWithInvitations();

        assertThat(housekeeping.nightly().block()).as("ran on this instance").isTrue();

        for (UUID authority : List.of(first, second)) {
            assertThat(remainingInvitations(authority)).containsExactlyInAnyOrder("old.pending", "recent.revoked");
        }
    }

    private static UUID authorityWithInvitations() throws SQLException {
        UUID authority = UUID.randomUUID();
        try (Connection owner = owner()) {
            owner.setAutoCommit(false);
            update(owner, "SELECT set_config('app.operator', 'true', true)");
            update(owner, "INSERT INTO authority (id, slug, name, kind, siren) VALUES ('" + authority
                    + "', 'purge-" + authority.toString().substring(0, 8) + "', 'Commune à purger', 'COMMUNE', '"
                    + TestData.siren() + "')");
            update(owner, "SELECT set_config('app.tenant_id', '" + authority + "', true)");
            update(owner, """
                    INSERT INTO invitation (tenant_id, id, email, role, invited_by, status, created_at) VALUES
                      (app_tenant(), gen_random_uuid(), 'old.revoked', 'VIEWER', 't', 'REVOKED', now() - interval '100 days'),
                      (app_tenant(), gen_random_uuid(), 'old.accepted', 'VIEWER', 't', 'ACCEPTED', now() - interval '100 days'),
                      (app_tenant(), gen_random_uuid(), 'old.pending', 'VIEWER', 't', 'PENDING', now() - interval '100 days'),
                      (app_tenant(), gen_random_uuid(), 'recent.revoked', 'VIEWER', 't', 'REVOKED', now() - interval '10 days')""");
            owner.commit();
        }
        return authority;
    }

    private static List<String> remainingInvitations(UUID authority) throws SQLException {
        List<String> emails = new ArrayList<>();
        try (Connection owner = owner()) {
            owner.setAutoCommit(false);
            update(owner, "SELECT set_config('app.tenant_id', '" + authority + "', true)");
            try (PreparedStatement select = owner.prepareStatement("SELECT email FROM invitation WHERE tenant_id = ?")) {
                select.setObject(1, authority);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        emails.add(rows.getString(1));
                    }
                }
            }
            owner.commit();
        }
        return emails;
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.roles().ownerUser(),
                database.roles().ownerPassword());
    }

    private static void update(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.execute();
        }
    }
}
