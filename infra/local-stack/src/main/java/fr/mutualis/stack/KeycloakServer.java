package fr.mutualis.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * A real Keycloak server run as a child process on 127.0.0.1, its data in PostgreSQL. Its public address is always
 * {@code http://localhost:PORT}, so that token issuers do not depend on how a client reached it.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String ADMIN_USER = "admin";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final URI url;
    private final String adminPassword;
    private final ChildProcess process;

    private KeycloakServer(URI url, String adminPassword, ChildProcess process) {
        this.url = url;
        this.adminPassword = adminPassword;
        this.process = process;
    }

    /** Starts Keycloak and waits until it serves its master realm. */
    public static KeycloakServer start(KeycloakDistribution distribution, int port, KeycloakStorage storage,
            String adminPassword, Path log) {
        URI url = URI.create("http://localhost:" + port);
        Map<String, String> environment = new HashMap<>(Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER,
                "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword,
                "KC_DB_URL", storage.jdbcUrl(),
                "KC_DB_USERNAME", storage.user(),
                "KC_DB_PASSWORD", storage.password(),
                "KC_HTTP_ENABLED", "true",
                "KC_HTTP_HOST", "127.0.0.1",
                "KC_HTTP_PORT", Integer.toString(port),
                "KC_HOSTNAME", url.toString()));
        environment.put("JAVA_OPTS_KC_HEAP", "-XX:MaxRAMPercentage=10 -XX:InitialRAMPercentage=2");
        List<String> command = new ArrayList<>(distribution.command("start"));
        command.add("--optimized");
        ChildProcess process = ChildProcess.start("Keycloak", command, distribution.environment(environment),
                distribution.home(), log);
        process.awaitHttp(url.resolve("/realms/master/.well-known/openid-configuration"), Duration.ofMinutes(4));
        return new KeycloakServer(url, adminPassword, process);
    }

    public URI url() {
        return url;
    }

    public String issuer(String realm) {
        return url + "/realms/" + realm;
    }

    /** An admin client on the master realm; close it after use. */
    public Keycloak admin() {
        return KeycloakBuilder.builder().serverUrl(url.toString()).realm("master").clientId("admin-cli")
                .username(ADMIN_USER).password(adminPassword).build();
    }

    /** Imports a realm file from the classpath unless a realm of that name exists; returns the realm name. */
    public String importRealm(String classpathResource) {
        try (InputStream in = KeycloakServer.class.getClassLoader().getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalArgumentException("No realm file on the classpath at " + classpathResource);
            }
            return importRealm(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + classpathResource, e);
        }
    }

    public String importRealm(byte[] realmJson) throws IOException {
        String realm = JSON.readTree(realmJson).path("realm").asText();
        try (Keycloak admin = admin()) {
            String token = admin.tokenManager().getAccessTokenString();
            HttpResponse<String> existing = send(HttpRequest.newBuilder(url.resolve("/admin/realms/" + realm))
                    .header("Authorization", "Bearer " + token).GET().build());
            if (existing.statusCode() == 200) {
                return realm;
            }
            HttpResponse<String> created = send(HttpRequest.newBuilder(url.resolve("/admin/realms"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(realmJson)).build());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("Keycloak refused realm " + realm + ": " + created.statusCode() + " "
                        + created.body());
            }
            return realm;
        }
    }

    /**
     * Makes a realm send its mails (organization invitations, password resets) through these {@code smtpServer}
     * settings, for example {@link MailSink#keycloakSmtpSettings}. Without SMTP, Keycloak answers an invitation with 500.
     */
    public void configureSmtp(String realm, Map<String, String> smtpServer) {
        try (Keycloak admin = admin()) {
            RealmRepresentation change = new RealmRepresentation();
            change.setSmtpServer(smtpServer);
            admin.realm(realm).update(change);
        }
    }

    /** A token from the token endpoint (password or client-credentials grant); fails on any error answer. */
    public JsonNode token(String realm, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(issuer(realm) + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak gave no token (" + response.statusCode() + "): "
                    + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The access token of a user through a public client with direct access grants (dev realm only). */
    public String passwordToken(String realm, String clientId, String username, String password) {
        return token(realm, Map.of("grant_type", "password", "client_id", clientId, "username", username,
                "password", password, "scope", "openid")).path("access_token").asText();
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not answer " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public ChildProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.close();
    }
}
