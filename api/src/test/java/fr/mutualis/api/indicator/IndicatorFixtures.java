package fr.mutualis.api.indicator;

import fr.mutualis.api.TestAuthorities;
import fr.mutualis.stack.Database;
import fr.mutualis.stack.TestStack;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A fixed data set written straight into a test database with the superuser (no api, no Keycloak organization):
 * authorities with their kind, région, population and agents, memberships of demo users, and measurements.
 */
final class IndicatorFixtures {

    private final Database database;

    IndicatorFixtures(Database database) {
        this.database = database;
    }

    UUID authority(String slug, String kind, String region, Integer population, Integer agents) {
        UUID id = UUID.randomUUID();
        TestStack.postgres().execute(database.name(), String.format("""
                INSERT INTO authority (id, slug, name, kind, siren, population, agents, region_code)
                VALUES ('%s', '%s', 'Collectivité %s', '%s', '%s', %s, %s, '%s')""", id, slug, slug, kind,
                TestAuthorities.validSiren(), population, agents, region));
        return id;
    }

    void member(UUID authority, String username, String role) {
        TestStack.postgres().execute(database.name(), String.format("""
                INSERT INTO membership (tenant_id, id, user_id, email, name, role)
                VALUES ('%s', '%s', '%s', '%s@test', '%s', '%s')""", authority, UUID.randomUUID(),
                TestAuthorities.userId(username), username, username, role));
    }

    void measurement(UUID authority, String code, int year, String value, boolean confidential) {
        TestStack.postgres().execute(database.name(), String.format("""
                INSERT INTO measurement (tenant_id, id, indicator_code, year, value, confidential)
                VALUES ('%s', '%s', '%s', %d, %s, %s)""", authority, UUID.randomUUID(), code, year,
                new BigDecimal(value).toPlainString(), confidential));
    }

    void sql(String statement) {
        TestStack.postgres().execute(database.name(), statement);
    }

    /** A statement run as a signed-in person would (some triggers on authority read as a reader of the network). */
    void sqlAsSomeone(String statement) {
        TestStack.postgres().execute(database.name(), "SELECT set_config('app.user_id', '00000000-0000-4000-8000-000000000001', false)",
                statement);
    }
}
