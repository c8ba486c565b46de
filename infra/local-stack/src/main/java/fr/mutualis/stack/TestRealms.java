package fr.mutualis.stack;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Extra clients and realms that tests add to the test Keycloak through its admin api. */
public final class TestRealms {

    private TestRealms() {
    }

    /** A public client with direct access grants; with or without the {@code mutualis-api} audience. */
    public static void createPasswordClient(String realm, String clientId, boolean apiAudience,
            Map<String, String> attributes) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setPublicClient(true);
        client.setDirectAccessGrantsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setAttributes(attributes);
        if (apiAudience) {
            client.setProtocolMappers(List.of(apiAudienceMapper()));
        }
        try (Keycloak admin = TestStack.keycloak().admin()) {
            expectCreated(admin.realm(realm).clients().create(client), "client " + clientId);
        }
    }

    /** A separate realm with one user and a password client that does put {@code mutualis-api} in its tokens. */
    public static void createRealmWithUser(String realm, String clientId, String username, String password) {
        RealmRepresentation representation = new RealmRepresentation();
        representation.setRealm(realm);
        representation.setEnabled(true);
        try (Keycloak admin = TestStack.keycloak().admin()) {
            admin.realms().create(representation);
            UserRepresentation user = new UserRepresentation();
            user.setUsername(username);
            user.setEnabled(true);
            user.setEmail(username + "@elsewhere.localhost");
            user.setEmailVerified(true);
            user.setFirstName("Someone");
            user.setLastName("Elsewhere");
            CredentialRepresentation credential = new CredentialRepresentation();
            credential.setType(CredentialRepresentation.PASSWORD);
            credential.setValue(password);
            credential.setTemporary(false);
            user.setCredentials(List.of(credential));
            expectCreated(admin.realm(realm).users().create(user), "user " + username);
        }
        createPasswordClient(realm, clientId, true, Map.of());
    }

    /** Adds a redirect URI (and post-logout redirect) to the portal client, for a portal on a random port. */
    public static void allowPortalAt(String portalBaseUrl) {
        try (Keycloak admin = TestStack.keycloak().admin()) {
            var clients = admin.realm(TestStack.REALM).clients();
            ClientRepresentation portal = clients.findByClientId("mutualis-portal").getFirst();
            List<String> redirects = new java.util.ArrayList<>(portal.getRedirectUris());
            redirects.add(portalBaseUrl + "/login/oauth2/code/keycloak");
            portal.setRedirectUris(redirects);
            Map<String, String> attributes = new java.util.HashMap<>(portal.getAttributes());
            attributes.merge("post.logout.redirect.uris", portalBaseUrl + "/*", (old, added) -> old + "##" + added);
            portal.setAttributes(attributes);
            clients.get(portal.getId()).update(portal);
        }
    }

    private static ProtocolMapperRepresentation apiAudienceMapper() {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName("audience mutualis-api");
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-audience-mapper");
        mapper.setConfig(Map.of("included.client.audience", "mutualis-api", "access.token.claim", "true"));
        return mapper;
    }

    private static void expectCreated(Response response, String what) {
        try (response) {
            if (response.getStatus() != 201) {
                throw new IllegalStateException("Keycloak did not create " + what + ": " + response.getStatus() + " "
                        + response.readEntity(String.class));
            }
        }
    }
}
