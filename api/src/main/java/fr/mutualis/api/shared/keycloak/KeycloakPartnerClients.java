package fr.mutualis.api.shared.keycloak;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.keycloak.admin.client.resource.ClientResource;
import org.keycloak.admin.client.resource.ClientsResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Partners' confidential clients in Keycloak: client credentials only (service account; no browser or password grant,
 * so no person can ever obtain a token in a partner's name), with the {@code mutualis-api} audience. Same admin client,
 * same failure mapping as {@link KeycloakOrganizations} (Keycloak away: 503).
 */
@Component
public class KeycloakPartnerClients {

    private final KeycloakOrganizations keycloak;

    KeycloakPartnerClients(KeycloakOrganizations keycloak) {
        this.keycloak = keycloak;
    }

    /**
     * Creates the client, or, when it exists already (a retried registration, or a client made by the realm file),
     * keeps it; answers its current secret.
     */
    public Mono<String> ensureClient(String clientId, String name, String audience) {
        return keycloak.call("create partner client " + clientId, () -> {
            ClientsResource clients = keycloak.realm().clients();
            if (clients.findByClientId(clientId).isEmpty()) {
                try (Response created = clients.create(representation(clientId, name, audience))) {
                    if (created.getStatus() >= 500) {
                        throw new IdentityProviderUnavailable("Keycloak answered " + created.getStatus(), null);
                    }
                    if (created.getStatus() != 201 && created.getStatus() != 409) {
                        throw new IllegalStateException("Keycloak refused client " + clientId + ": "
                                + created.getStatus());
                    }
                }
            }
            ClientResource client = client(clients, clientId);
            ensureAudience(client, audience);
            return client.getSecret().getValue();
        });
    }

    /** Gives the client a new secret (the old one stops working at once) and answers it. */
    public Mono<String> rotateSecret(String clientId) {
        return keycloak.call("rotate partner secret " + clientId, () -> {
            CredentialRepresentation secret = client(keycloak.realm().clients(), clientId).generateNewSecret();
            return secret.getValue();
        });
    }

    private static ClientResource client(ClientsResource clients, String clientId) {
        List<ClientRepresentation> found = clients.findByClientId(clientId);
        if (found.isEmpty()) {
            throw new IllegalStateException("Keycloak has no client " + clientId);
        }
        return clients.get(found.getFirst().getId());
    }

    /** A client made before (e.g. by a realm file) gets the audience mapper it lacks. */
    private static void ensureAudience(ClientResource client, String audience) {
        boolean present = client.getProtocolMappers().getMappers().stream()
                .anyMatch(mapper -> "oidc-audience-mapper".equals(mapper.getProtocolMapper()));
        if (!present) {
            try (Response added = client.getProtocolMappers().createMapper(audienceMapper(audience))) {
                if (added.getStatus() >= 300) {
                    throw new IllegalStateException("Keycloak refused the audience mapper: " + added.getStatus());
                }
            }
        }
    }

    private static ClientRepresentation representation(String clientId, String name, String audience) {
        ClientRepresentation client = new ClientRepresentation();
        client.setClientId(clientId);
        client.setName(name);
        client.setEnabled(true);
        client.setProtocol("openid-connect");
        client.setPublicClient(false);
        client.setClientAuthenticatorType("client-secret");
        client.setServiceAccountsEnabled(true);
        client.setStandardFlowEnabled(false);
        client.setDirectAccessGrantsEnabled(false);
        client.setImplicitFlowEnabled(false);
        client.setAttributes(Map.of("mutualis.partner", "true"));
        client.setProtocolMappers(List.of(audienceMapper(audience)));
        return client;
    }

    private static ProtocolMapperRepresentation audienceMapper(String audience) {
        ProtocolMapperRepresentation mapper = new ProtocolMapperRepresentation();
        mapper.setName("audience " + audience);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper("oidc-audience-mapper");
        mapper.setConfig(Map.of("included.client.audience", audience, "access.token.claim", "true",
                "id.token.claim", "false", "introspection.token.claim", "true"));
        return mapper;
    }
}
