package fr.mutualis.stack;

/** Where Keycloak keeps its data: a PostgreSQL database with its own role. */
public record KeycloakStorage(String jdbcUrl, String user, String password) {

    public static KeycloakStorage create(PostgresServer server, String database) {
        String user = Settings.get("mutualis.keycloak.db-user", "mutualis_keycloak");
        String password = Settings.get("mutualis.keycloak.db-password", "mutualis-keycloak-local");
        new DatabaseBootstrap(server).keycloakDatabase(database, user, password);
        return new KeycloakStorage(server.jdbcUrl(database), user, password);
    }
}
