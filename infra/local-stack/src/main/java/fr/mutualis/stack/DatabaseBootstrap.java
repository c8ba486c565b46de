package fr.mutualis.stack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;

/**
 * Creates, idempotently, the roles and databases that Mutualis needs on a PostgreSQL server. Runs again on every
 * start: existing roles get the configured password and attributes, existing databases are kept.
 */
public final class DatabaseBootstrap {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /**
     * What only a superuser can do for the application database: let row-level security keep the full-text index.
     * PostgreSQL evaluates a condition of the query before the policies (so through an index) only when its function
     * is LEAKPROOF; {@code tsvector @@ tsquery} is not marked so, and the library's search read every practice (see
     * ADR 0019). The match raises no error that depends on the row and has no side effect. Per database; the
     * production cluster runs the same statement at its creation (infra/kubernetes/base/postgres.yaml).
     */
    public static final String SEARCH_INDEX_UNDER_ROW_LEVEL_SECURITY =
            "ALTER FUNCTION pg_catalog.ts_match_vq(tsvector, tsquery) LEAKPROOF";

    private final PostgresServer server;

    public DatabaseBootstrap(PostgresServer server) {
        this.server = server;
    }

    /**
     * The application database: owner role, runtime role, database owned by the owner, schema locked down, and the
     * full-text match usable through its index under row-level security.
     */
    public Database applicationDatabase(String name, DatabaseRoles roles) {
        ensureRole(roles.ownerUser(), roles.ownerPassword(), "");
        ensureRole(roles.appUser(), roles.appPassword(), "NOINHERIT");
        ensureDatabase(name, roles.ownerUser());
        server.execute(name,
                "REVOKE ALL ON DATABASE " + identifier(name) + " FROM PUBLIC",
                "GRANT CONNECT ON DATABASE " + identifier(name) + " TO " + identifier(roles.appUser()),
                "ALTER SCHEMA public OWNER TO " + identifier(roles.ownerUser()),
                "REVOKE ALL ON SCHEMA public FROM PUBLIC",
                "GRANT USAGE ON SCHEMA public TO " + identifier(roles.appUser()),
                SEARCH_INDEX_UNDER_ROW_LEVEL_SECURITY);
        return new Database(server, name, roles);
    }

    /** A database for Keycloak, owned by its own role. */
    public void keycloakDatabase(String name, String user, String password) {
        ensureRole(user, password, "");
        ensureDatabase(name, user);
        server.execute(name, "ALTER SCHEMA public OWNER TO " + identifier(user));
    }

    public void dropDatabase(String name) {
        server.execute("postgres", "DROP DATABASE IF EXISTS " + identifier(name) + " WITH (FORCE)");
    }

    private void ensureRole(String role, String password, String extraAttributes) {
        String attributes = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS " + extraAttributes;
        if (!exists("SELECT 1 FROM pg_roles WHERE rolname = ?", role)) {
            server.execute("postgres", "CREATE ROLE " + identifier(role));
        }
        server.execute("postgres", "ALTER ROLE " + identifier(role) + " " + attributes.strip()
                + " PASSWORD " + literal(password));
    }

    private void ensureDatabase(String name, String owner) {
        if (!exists("SELECT 1 FROM pg_database WHERE datname = ?", name)) {
            server.execute("postgres", "CREATE DATABASE " + identifier(name) + " OWNER " + identifier(owner)
                    + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    private boolean exists(String query, String value) {
        try (Connection connection = server.connect("postgres");
                PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL " + server + " refused: " + e.getMessage(), e);
        }
    }

    static String identifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain PostgreSQL identifier: " + name);
        }
        return name;
    }

    static String literal(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("A password cannot contain a NUL character");
        }
        return "'" + value.replace("'", "''") + "'";
    }
}
