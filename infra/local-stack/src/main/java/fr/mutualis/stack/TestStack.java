package fr.mutualis.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Real services for tests: one PostgreSQL server and one Keycloak server per test JVM (started on first use, on a free
 * port, stopped at exit), and a fresh database per test class so that tests never see each other's rows.
 */
public final class TestStack {

    public static final String REALM = "mutualis";
    public static final String CLI_CLIENT = "mutualis-cli";
    public static final String DEMO_PASSWORD = "demo";
    public static final String PROVISIONER_CLIENT = "mutualis-provisioner";
    /** The dev realm's secret of {@value #PROVISIONER_CLIENT} (never used by the production realm). */
    public static final String PROVISIONER_DEV_SECRET = "mutualis-provisioner-dev-secret";

    private static PostgresServer postgres;
    private static KeycloakServer keycloak;
    private static MailSink mail;
    private static ChildProcess api;
    private static URI apiUrl;
    private static final List<String> databasesToDrop = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestStack::tearDown, "test-stack-teardown"));
    }

    private TestStack() {
    }

    public static Path stackDirectory() {
        return Path.of(Settings.get("mutualis.stack.dir", "target/local-stack")).toAbsolutePath();
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            try {
                postgres = PostgresResolver.resolve(Files.createTempDirectory("mutualis-test-pg"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return postgres;
    }

    /** A new, empty application database with the owner and runtime roles; dropped when the JVM exits. */
    public static Database freshDatabase() {
        String name = uniqueName("mutualis_test");
        Database database = new DatabaseBootstrap(postgres()).applicationDatabase(name, DatabaseRoles.fromSettings());
        remember(name);
        return database;
    }

    /** The SMTP sink of this JVM, on a free port of 127.0.0.1: every mail the test Keycloak sends lands here. */
    public static synchronized MailSink mail() {
        if (mail == null) {
            mail = MailSink.start(0);
        }
        return mail;
    }

    /** The Keycloak of this JVM, with the dev realm imported and its mails sent to {@link #mail()}. */
    public static synchronized KeycloakServer keycloak() {
        if (keycloak == null) {
            String database = uniqueName("mutualis_kc_test");
            KeycloakStorage storage = KeycloakStorage.create(postgres(), database);
            remember(database);
            int port = FreePorts.next();
            KeycloakDistribution distribution = KeycloakDistribution.locate(stackDirectory()).built();
            keycloak = KeycloakServer.start(distribution, port, storage, UUID.randomUUID().toString(),
                    stackDirectory().resolve("logs/keycloak-test-" + port + ".log"));
            keycloak.importRealm("keycloak/mutualis-dev-realm.json");
            keycloak.configureSmtp(REALM, mail().keycloakSmtpSettings(MailSink.DEFAULT_FROM, "Mutualis"));
        }
        return keycloak;
    }

    /**
     * The api of this JVM, run from its built jar ({@code api/target/api.jar}) as a child process on a fresh database,
     * for tests of the portal that need the real backend behind it.
     */
    public static synchronized URI api() {
        if (api == null) {
            Path jar = projectDirectory().resolve("api/target/api.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: the api module is packaged before the portal's "
                        + "integration tests run (./mvnw verify from the project root).");
            }
            int port = FreePorts.next();
            int managementPort = FreePorts.next();
            Map<String, String> environment = new HashMap<>(freshDatabase().environment());
            environment.put("SERVER_PORT", Integer.toString(port));
            environment.put("MANAGEMENT_SERVER_PORT", Integer.toString(managementPort));
            environment.put("MUTUALIS_KEYCLOAK_URL", keycloak().url().toString());
            environment.put("MUTUALIS_PROVISIONER_CLIENT_SECRET", PROVISIONER_DEV_SECRET);
            api = ChildProcess.startJar("api", jar, List.of(), environment,
                    stackDirectory().resolve("logs/api-test-" + port + ".log"));
            api.awaitHttp(URI.create("http://localhost:" + managementPort + "/actuator/health/readiness"),
                    Duration.ofMinutes(2));
            apiUrl = URI.create("http://localhost:" + port);
        }
        return apiUrl;
    }

    public static Path projectDirectory() {
        return Path.of(Settings.get("mutualis.project.dir", "..")).toAbsolutePath().normalize();
    }

    /** A real access token of a demo user of the dev realm (password {@code demo}). */
    public static String accessToken(String username) {
        return keycloak().passwordToken(REALM, CLI_CLIENT, username, DEMO_PASSWORD);
    }

    private static synchronized void remember(String database) {
        databasesToDrop.add(database);
    }

    private static String uniqueName(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static synchronized void tearDown() {
        if (api != null) {
            api.close();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (mail != null) {
            mail.close();
        }
        if (postgres != null) {
            DatabaseBootstrap bootstrap = new DatabaseBootstrap(postgres);
            for (String database : databasesToDrop) {
                try {
                    bootstrap.dropDatabase(database);
                } catch (RuntimeException e) {
                    System.err.println("Could not drop test database " + database + ": " + e.getMessage());
                }
            }
        }
    }
}
