package fr.mutualis.stack;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole product on one machine with demo data: PostgreSQL, Keycloak, api and portal. Ctrl-C stops everything it
 * started. Run through {@code ./run.sh}, which builds the jars first.
 */
public final class LocalStack {

    private static final String PORTAL_SECRET = "mutualis.portal.client-secret";
    private static final String PROVISIONER_SECRET = "mutualis.provisioner.client-secret";

    private final Path projectDirectory;
    private final Path stackDirectory;
    private final Ports ports;

    record Ports(int portal, int api, int keycloak, int portalManagement, int apiManagement, int mail) {
        static Ports fromSettings() {
            return new Ports(Settings.getInt("mutualis.portal.port", 8080), Settings.getInt("mutualis.api.port", 8081),
                    Settings.getInt("mutualis.keycloak.port", 8180),
                    Settings.getInt("mutualis.portal.management-port", 8090),
                    Settings.getInt("mutualis.api.management-port", 8091),
                    Settings.getInt("mutualis.mail.port", 2525));
        }

        List<Integer> all() {
            return List.of(portal, api, keycloak, portalManagement, apiManagement, mail);
        }
    }

    LocalStack(Path projectDirectory) {
        this.projectDirectory = projectDirectory;
        this.stackDirectory = projectDirectory.resolve("target/local-stack");
        this.ports = Ports.fromSettings();
    }

    public static void main(String[] args) throws InterruptedException {
        Path project = Path.of(Settings.get("mutualis.project.dir", ".")).toAbsolutePath().normalize();
        try {
            new LocalStack(project).run();
        } catch (IllegalStateException e) {
            System.err.println("\nMutualis could not start:\n" + e.getMessage());
            System.exit(1);
        }
    }

    void run() throws InterruptedException {
        Instant started = Instant.now();
        checkPortsFree();
        PostgresServer postgres = PostgresResolver.resolve(dataDirectory().resolve("postgres"));
        say("PostgreSQL: " + postgres);
        DatabaseBootstrap bootstrap = new DatabaseBootstrap(postgres);
        Database database = bootstrap.applicationDatabase(Settings.get("mutualis.db.name", "mutualis"),
                DatabaseRoles.fromSettings());
        KeycloakStorage keycloakStorage = KeycloakStorage.create(postgres,
                Settings.get("mutualis.keycloak.db-name", "mutualis_keycloak"));

        say("Keycloak: preparing (the very first start builds it once, about a minute)...");
        KeycloakServer keycloak = KeycloakServer.start(KeycloakDistribution.locate(stackDirectory).built(),
                ports.keycloak(), keycloakStorage, Settings.get("mutualis.keycloak.admin-password", "admin"),
                logs().resolve("keycloak.log"));
        keycloak.importRealm("keycloak/mutualis-dev-realm.json");
        MailSink mail = startMailSink(keycloak);
        say("Keycloak: ready on " + keycloak.url() + " (its mails go to " + mail + " and are shown here)");

        ChildProcess api = startApi(database, keycloak);
        new DemoData(URI.create("http://localhost:" + ports.api()), keycloak).seed();
        ChildProcess portal = startPortal(keycloak);
        printWelcome(keycloak, Duration.between(started, Instant.now()));
        watch(List.of(api, portal, keycloak.process()));
    }

    /** Keycloak's mails (invitations, password resets) land in this JVM and are printed with their links. */
    private MailSink startMailSink(KeycloakServer keycloak) {
        MailSink mail = MailSink.start(ports.mail());
        Runtime.getRuntime().addShutdownHook(new Thread(mail::close, "stop-mail-sink"));
        keycloak.configureSmtp("mutualis", mail.keycloakSmtpSettings(MailSink.DEFAULT_FROM, "Mutualis"));
        mail.onEachMessage(LocalStack::show);
        return mail;
    }

    private static void show(MailSink.Mail mail) {
        StringBuilder shown = new StringBuilder("\n--- mail to ").append(String.join(", ", mail.to()))
                .append(": ").append(mail.subject()).append('\n');
        mail.links().forEach(link -> shown.append("    ").append(link).append('\n'));
        say(shown.append("---").toString());
    }

    private ChildProcess startApi(Database database, KeycloakServer keycloak) {
        Map<String, String> environment = new HashMap<>(database.environment());
        environment.put("SERVER_PORT", Integer.toString(ports.api()));
        environment.put("MANAGEMENT_SERVER_PORT", Integer.toString(ports.apiManagement()));
        environment.put("MUTUALIS_KEYCLOAK_URL", keycloak.url().toString());
        environment.put("MUTUALIS_PORTAL_URL", "http://localhost:" + ports.portal());
        environment.put("MUTUALIS_PROVISIONER_CLIENT_SECRET",
                Settings.get(PROVISIONER_SECRET, "mutualis-provisioner-dev-secret"));
        ChildProcess api = ChildProcess.startJar("api", jar("api"), List.of(), environment, logs().resolve("api.log"));
        api.awaitHttp(readiness(ports.apiManagement()), Duration.ofMinutes(3));
        say("api: ready on http://localhost:" + ports.api());
        return api;
    }

    private ChildProcess startPortal(KeycloakServer keycloak) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SERVER_PORT", Integer.toString(ports.portal()));
        environment.put("MANAGEMENT_SERVER_PORT", Integer.toString(ports.portalManagement()));
        environment.put("MUTUALIS_KEYCLOAK_URL", keycloak.url().toString());
        environment.put("MUTUALIS_PORTAL_API_BASE_URL", "http://localhost:" + ports.api());
        environment.put("MUTUALIS_PORTAL_CLIENT_SECRET", Settings.get(PORTAL_SECRET, "mutualis-portal-dev-secret"));
        ChildProcess portal = ChildProcess.startJar("portal", jar("web-client"), List.of(), environment,
                logs().resolve("portal.log"));
        portal.awaitHttp(readiness(ports.portalManagement()), Duration.ofMinutes(3));
        return portal;
    }

    private static URI readiness(int managementPort) {
        return URI.create("http://localhost:" + managementPort + "/actuator/health/readiness");
    }

    private Path jar(String module) {
        Path jar = projectDirectory.resolve(module).resolve("target").resolve(module + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first with ./mvnw package -DskipTests "
                    + "(./run.sh does it for you).");
        }
        return jar;
    }

    private void checkPortsFree() {
        for (int port : ports.all()) {
            if (!FreePorts.isFree(port)) {
                throw new IllegalStateException("Port " + port + " is already in use on 127.0.0.1: is another "
                        + "Mutualis running? Stop it, or choose other ports (MUTUALIS_PORTAL_PORT, MUTUALIS_API_PORT, "
                        + "MUTUALIS_KEYCLOAK_PORT, MUTUALIS_PORTAL_MANAGEMENT_PORT, MUTUALIS_API_MANAGEMENT_PORT, "
                        + "MUTUALIS_MAIL_PORT).");
            }
        }
    }

    private Path logs() {
        return stackDirectory.resolve("logs");
    }

    private Path dataDirectory() {
        return Path.of(System.getProperty("user.home"), ".local", "share", "mutualis");
    }

    private void printWelcome(KeycloakServer keycloak, Duration took) {
        say("""

                ================================================================================
                 Mutualis is running (ready in %d s).

                 Portal ............ http://localhost:%d        <- log in here
                 api ............... http://localhost:%d/api/v1/me   (OpenAPI: /v3/api-docs)
                 Keycloak .......... %s/admin   (admin / see MUTUALIS_KEYCLOAK_ADMIN_PASSWORD, default admin)

                 Demo logins (password: demo)
                   operator          platform operator
                   admin.bretagne    Région Bretagne, administrator
                   editor.bretagne   Région Bretagne, editor
                   viewer.bretagne   Région Bretagne, viewer
                   editor.rennes     Rennes Métropole, editor
                   viewer.quimper    Ville de Quimper, viewer

                 Mails sent by Keycloak (invitations) are printed here with their links.
                 Logs: %s
                 Press Ctrl-C to stop everything.
                ================================================================================
                """.formatted(took.toSeconds(), ports.portal(), ports.api(), keycloak.url(), logs()));
    }

    /**
     * Exits when a service dies on its own. Ctrl-C reaches the services and this launcher together, so a service that
     * stops is only reported once this JVM has had a moment to notice that it is shutting down too.
     */
    private static void watch(List<ChildProcess> children) throws InterruptedException {
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopping.set(true)));
        while (true) {
            for (ChildProcess child : children) {
                if (!child.isAlive()) {
                    TimeUnit.SECONDS.sleep(2);
                    if (stopping.get()) {
                        return;
                    }
                    System.err.println("A service stopped unexpectedly; last lines of " + child.log() + ":\n"
                            + child.tail(30));
                    System.exit(1);
                }
            }
            TimeUnit.SECONDS.sleep(1);
        }
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
