package fr.mutualis.stack;

import java.util.Map;

/**
 * One application database with its two roles: the owner runs the migrations, the runtime role only reads and
 * writes rows (NOSUPERUSER, NOBYPASSRLS, no DDL).
 */
public record Database(PostgresServer server, String name, DatabaseRoles roles) {

    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    public String r2dbcUrl() {
        return server.r2dbcUrl(name);
    }

    /** Spring properties that point the api at this database. */
    public Map<String, String> springProperties() {
        return Map.of(
                "spring.r2dbc.url", r2dbcUrl(),
                "spring.r2dbc.username", roles.appUser(),
                "spring.r2dbc.password", roles.appPassword(),
                "spring.flyway.url", jdbcUrl(),
                "spring.flyway.user", roles.ownerUser(),
                "spring.flyway.password", roles.ownerPassword(),
                "spring.flyway.placeholders.appRole", roles.appUser());
    }

    /** The same settings as environment variables, for a child process. */
    public Map<String, String> environment() {
        return Map.of(
                "SPRING_R2DBC_URL", r2dbcUrl(),
                "SPRING_R2DBC_USERNAME", roles.appUser(),
                "SPRING_R2DBC_PASSWORD", roles.appPassword(),
                "SPRING_FLYWAY_URL", jdbcUrl(),
                "SPRING_FLYWAY_USER", roles.ownerUser(),
                "SPRING_FLYWAY_PASSWORD", roles.ownerPassword(),
                "SPRING_FLYWAY_PLACEHOLDERS_APPROLE", roles.appUser());
    }
}
