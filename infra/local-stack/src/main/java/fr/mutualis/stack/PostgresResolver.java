package fr.mutualis.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the PostgreSQL server to use, in this order: the configured one ({@code MUTUALIS_DB_HOST}/{@code _PORT}),
 * the one on localhost:5432 if it answers, and, for a non-root user only, an embedded server whose data directory
 * survives restarts. As root with nothing to connect to, it fails with a message that says what to start.
 */
public final class PostgresResolver {

    private static final String LOCAL_HOST = "localhost";
    private static final int LOCAL_PORT = 5432;

    private PostgresResolver() {
    }

    public static PostgresServer resolve(Path embeddedDataDirectory) {
        String adminUser = Settings.get("mutualis.db.admin-user", "postgres");
        String adminPassword = Settings.get("mutualis.db.admin-password", "");
        if (Settings.find("mutualis.db.host").isPresent() || Settings.find("mutualis.db.port").isPresent()) {
            PostgresServer configured = new PostgresServer(Settings.get("mutualis.db.host", LOCAL_HOST),
                    Settings.getInt("mutualis.db.port", LOCAL_PORT), adminUser, adminPassword, "configured");
            if (!configured.answers()) {
                throw new IllegalStateException("The configured PostgreSQL " + configured + " does not answer as "
                        + adminUser + ": check MUTUALIS_DB_HOST, MUTUALIS_DB_PORT, MUTUALIS_DB_ADMIN_USER and "
                        + "MUTUALIS_DB_ADMIN_PASSWORD.");
            }
            return configured;
        }
        PostgresServer local = new PostgresServer(LOCAL_HOST, LOCAL_PORT, adminUser, adminPassword, "local server");
        if (local.answers()) {
            return local;
        }
        if (isRoot()) {
            throw new IllegalStateException("""
                    No PostgreSQL answers on localhost:5432, and an embedded PostgreSQL cannot run as root.
                    Start the local server (for example: pg_ctlcluster --skip-systemctl-redirect 15 main start,
                    or: systemctl start postgresql), or point MUTUALIS_DB_HOST and MUTUALIS_DB_PORT at one
                    (superuser from MUTUALIS_DB_ADMIN_USER / MUTUALIS_DB_ADMIN_PASSWORD).""");
        }
        return startEmbedded(embeddedDataDirectory, adminUser);
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static PostgresServer startEmbedded(Path dataDirectory, String adminUser) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres embedded = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(LOCAL_PORT)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(embedded)));
            return new PostgresServer(LOCAL_HOST, embedded.getPort(), adminUser, "",
                    "embedded, data in " + dataDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres embedded) {
        try {
            embedded.close();
        } catch (IOException e) {
            System.err.println("Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
