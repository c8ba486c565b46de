package fr.mutualis.stack;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.IdentityProviderRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** Extra clients and realms that tests add to the test Keycloak through its admin api. */
public final class TestRealms {

    /** The realm that plays the Région Bretagne's own directory. */
    public static final String BRETAGNE_DIRECTORY = "bretagne-directory";
    /** The alias of the région's identity provider in the Mutualis realm. */
    public static final String BRETAGNE_IDP = "region-bretagne-idp";

    /** An identity provider's organization domain ({@code OrganizationModel.ORGANIZATION_DOMAIN_ATTRIBUTE}). */
    static final String ORGANIZATION_DOMAIN = "kc.org.domain";
    /** {@code OrganizationModel.IdentityProviderRedirectMode.EMAIL_MATCH}: redirect when the e-mail domain matches. */
    static final String REDIRECT_WHEN_EMAIL_MATCHES = "kc.org.broker.redirect.mode.email-matches";

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

    /** A person of an authority's own directory, who signs in to Mutualis through that directory. */
    public record FederatedAgent(String directoryRealm, String identityProviderAlias, String username, String email,
            String password, String firstName, String lastName) {
    }

    /**
     * The Région Bretagne's own directory, federated into the Mutualis realm: realm {@value #BRETAGNE_DIRECTORY} with
     * one agent and a confidential client {@code mutualis-broker}, and in the Mutualis realm the OIDC identity provider
     * {@value #BRETAGNE_IDP} linked to the organization for the e-mail domain.
     *
     * @see #federateDirectory(String, String, String, String)
     */
    public static FederatedAgent federateBretagneDirectory(String organizationId, String domain) {
        return federateDirectory(BRETAGNE_DIRECTORY, BRETAGNE_IDP, organizationId, domain);
    }

    /**
     * Plays an authority's own identity provider on the test Keycloak: a second realm (its directory) with one agent
     * ({@code agent.federe@<domain>}) and an OIDC client for the broker; in the Mutualis realm an OIDC identity
     * provider pointing at it, linked to the organization for {@code domain} (added to the organization's domains if
     * missing), with redirect-when-email-matches, so that Keycloak's identity-first login page sends an address of that
     * domain that it does not know yet to the directory (existing local accounts keep their password login). The
     * identity provider trusts the directory's e-mail and imports e-mail, first and last name from its ID token, so that
     * the first login asks nothing more; Keycloak's default first broker login flow makes the new user a member of the
     * organization. Call it once per directory realm and JVM.
     */
    public static FederatedAgent federateDirectory(String directoryRealm, String alias, String organizationId,
            String domain) {
        KeycloakServer keycloak = TestStack.keycloak();
        String issuer = keycloak.issuer(directoryRealm);
        String brokerSecret = UUID.randomUUID().toString();
        FederatedAgent agent = new FederatedAgent(directoryRealm, alias, "agent.federe", "agent.federe@" + domain,
                "directory-" + UUID.randomUUID().toString().substring(0, 8), "Maëlle", "Le Bihan");
        try (Keycloak admin = keycloak.admin()) {
            RealmRepresentation directory = new RealmRepresentation();
            directory.setRealm(directoryRealm);
            directory.setEnabled(true);
            directory.setLoginWithEmailAllowed(true);
            admin.realms().create(directory);

            ClientRepresentation broker = new ClientRepresentation();
            broker.setClientId("mutualis-broker");
            broker.setPublicClient(false);
            broker.setSecret(brokerSecret);
            broker.setStandardFlowEnabled(true);
            broker.setDirectAccessGrantsEnabled(false);
            broker.setRedirectUris(List.of(keycloak.issuer(TestStack.REALM) + "/broker/" + alias + "/endpoint"));
            expectCreated(admin.realm(directoryRealm).clients().create(broker), "client mutualis-broker");

            UserRepresentation user = new UserRepresentation();
            user.setUsername(agent.username());
            user.setEmail(agent.email());
            user.setEmailVerified(true);
            user.setFirstName(agent.firstName());
            user.setLastName(agent.lastName());
            user.setEnabled(true);
            CredentialRepresentation credential = new CredentialRepresentation();
            credential.setType(CredentialRepresentation.PASSWORD);
            credential.setValue(agent.password());
            credential.setTemporary(false);
            user.setCredentials(List.of(credential));
            expectCreated(admin.realm(directoryRealm).users().create(user), "user " + agent.username());

            IdentityProviderRepresentation provider = new IdentityProviderRepresentation();
            provider.setAlias(alias);
            provider.setDisplayName("Annuaire de la Région Bretagne");
            provider.setProviderId("oidc");
            provider.setEnabled(true);
            provider.setTrustEmail(true);
            provider.setHideOnLogin(true);
            provider.setFirstBrokerLoginFlowAlias("first broker login");
            Map<String, String> config = new java.util.HashMap<>();
            config.put("issuer", issuer);
            config.put("authorizationUrl", issuer + "/protocol/openid-connect/auth");
            config.put("tokenUrl", issuer + "/protocol/openid-connect/token");
            config.put("userInfoUrl", issuer + "/protocol/openid-connect/userinfo");
            config.put("jwksUrl", issuer + "/protocol/openid-connect/certs");
            config.put("logoutUrl", issuer + "/protocol/openid-connect/logout");
            config.put("useJwksUrl", "true");
            config.put("validateSignature", "true");
            config.put("clientId", "mutualis-broker");
            config.put("clientSecret", brokerSecret);
            config.put("clientAuthMethod", "client_secret_post");
            config.put("defaultScope", "openid profile email");
            config.put("pkceEnabled", "true");
            config.put("pkceMethod", "S256");
            config.put("syncMode", "IMPORT");
            provider.setConfig(config);
            var realm = admin.realm(TestStack.REALM);
            expectCreated(realm.identityProviders().create(provider), "identity provider " + alias);

            var organization = realm.organizations().get(organizationId);
            OrganizationRepresentation representation = organization.toRepresentation();
            if (representation.getDomain(domain) == null) {
                OrganizationDomainRepresentation added = new OrganizationDomainRepresentation();
                added.setName(domain);
                representation.addDomain(added);
                try (Response updated = organization.update(representation)) {
                    if (updated.getStatus() != 204) {
                        throw new IllegalStateException("Keycloak did not add " + domain + " to organization "
                                + organizationId + ": " + updated.getStatus() + " " + updated.readEntity(String.class));
                    }
                }
            }

            try (Response linked = organization.identityProviders().addIdentityProvider(alias)) {
                if (linked.getStatus() / 100 != 2) {
                    throw new IllegalStateException("Keycloak did not link " + alias + " to organization "
                            + organizationId + ": " + linked.getStatus() + " " + linked.readEntity(String.class));
                }
            }
            // Domain and redirect are set once the provider belongs to the organization.
            IdentityProviderRepresentation stored = realm.identityProviders().get(alias).toRepresentation();
            Map<String, String> linkedConfig = new java.util.HashMap<>(stored.getConfig());
            linkedConfig.put(ORGANIZATION_DOMAIN, domain);
            linkedConfig.put(REDIRECT_WHEN_EMAIL_MATCHES, "true");
            stored.setConfig(linkedConfig);
            realm.identityProviders().get(alias).update(stored);
        }
        return agent;
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
