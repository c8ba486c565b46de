package fr.mutualis.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The realms as code: the production realm carries no demo material, the dev realm has what the contract names. */
class RealmFilesTests {

    private static final List<String> DEMO_USERS = List.of("operator", "admin.bretagne", "editor.bretagne",
            "viewer.bretagne", "editor.rennes", "viewer.quimper");

    @Test
    void theProductionRealmHasNoDemoUserNoDirectGrantAndIsHardened() throws IOException {
        JsonNode realm = read("keycloak/mutualis-realm.json");

        for (JsonNode user : realm.path("users")) {
            assertThat(user.has("serviceAccountClientId")).as("user %s", user.path("username")).isTrue();
            assertThat(user.has("credentials")).isFalse();
        }
        for (JsonNode client : realm.path("clients")) {
            assertThat(client.path("directAccessGrantsEnabled").asBoolean())
                    .as("direct grants of %s", client.path("clientId")).isFalse();
            assertThat(client.path("secret").asText("")).as("secret of %s", client.path("clientId"))
                    .satisfiesAnyOf(secret -> assertThat(secret).isEmpty(),
                            secret -> assertThat(secret).startsWith("${MUTUALIS_"));
        }
        assertThat(clientIds(realm)).doesNotContain("mutualis-cli", "partner-demo");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("passwordPolicy").asText()).contains("length(12)");
        assertThat(realm.path("organizationsEnabled").asBoolean()).isTrue();
    }

    @Test
    void theProductionRealmSendsItsMailsThroughTheConfiguredSmtpServer() throws IOException {
        // Keycloak's organization invitations fail without SMTP; its address and credentials come from the environment.
        JsonNode smtp = read("keycloak/mutualis-realm.json").path("smtpServer");
        for (String field : List.of("host", "port", "from", "user", "password")) {
            assertThat(smtp.path(field).asText()).as("smtpServer.%s", field).startsWith("${MUTUALIS_SMTP_");
        }
        assertThat(smtp.path("starttls").asText()).isEqualTo("true");
    }

    @Test
    void theDevRealmHasTheContractsDemoUsersAndClients() throws IOException {
        JsonNode realm = read("keycloak/mutualis-dev-realm.json");

        List<String> usernames = new ArrayList<>();
        realm.path("users").forEach(user -> usernames.add(user.path("username").asText()));
        assertThat(usernames).containsAll(DEMO_USERS);
        assertThat(clientIds(realm)).contains("mutualis-portal", "mutualis-api", "mutualis-provisioner",
                "mutualis-cli", "partner-demo");
        assertThat(realm.path("organizationsEnabled").asBoolean()).isTrue();
    }

    @Test
    void theRealmsDifferOnlyByDemoMaterialInTheirSharedClients() throws IOException {
        JsonNode production = read("keycloak/mutualis-realm.json");
        JsonNode dev = read("keycloak/mutualis-dev-realm.json");
        for (String clientId : List.of("mutualis-portal", "mutualis-api", "mutualis-provisioner")) {
            assertThat(client(dev, clientId).path("protocolMappers"))
                    .isEqualTo(client(production, clientId).path("protocolMappers"));
        }
    }

    private static List<String> clientIds(JsonNode realm) {
        List<String> ids = new ArrayList<>();
        realm.path("clients").forEach(client -> ids.add(client.path("clientId").asText()));
        return ids;
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (client.path("clientId").asText().equals(clientId)) {
                return client;
            }
        }
        throw new AssertionError("no client " + clientId);
    }

    private static JsonNode read(String resource) throws IOException {
        try (InputStream in = RealmFilesTests.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
