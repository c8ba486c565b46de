package fr.mutualis.api.shared.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.OrganizationMembersResource;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.OrganizationsResource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The authorities' organizations in Keycloak, through its admin api as the service account {@code mutualis-provisioner}.
 * The admin client is blocking: every call runs on {@code boundedElastic}. Keycloak's representations never leave this
 * class. Failures: Keycloak unreachable, too slow or failing (5xx) gives {@link IdentityProviderUnavailable}; a value
 * taken by another organization gives {@link OrganizationConflict}; a refused service account (wrong secret, missing
 * role) gives {@link IllegalStateException}, a configuration error.
 */
@Component
public class KeycloakOrganizations implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(KeycloakOrganizations.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE = 200;

    private final KeycloakAdminProperties properties;
    private volatile Keycloak keycloak;

    public KeycloakOrganizations(KeycloakAdminProperties properties) {
        this.properties = properties;
        if (!properties.hasClientSecret()) {
            throw new IllegalStateException("mutualis.keycloak.client-secret is not set: give the secret of the "
                    + properties.clientId() + " client in MUTUALIS_PROVISIONER_CLIENT_SECRET.");
        }
    }

    /**
     * Creates the organization, or, when one with this alias exists already (a retried request, or a creation whose
     * database write failed and was not undone), brings it to the spec. Returns the organization's id.
     */
    public Mono<String> ensureOrganization(OrganizationSpec spec) {
        return call("create organization " + spec.alias(), () -> {
            OrganizationsResource organizations = realm().organizations();
            try (Response created = organizations.create(representation(spec, null))) {
                if (created.getStatus() == 201) {
                    return createdId(created);
                }
                String message = errorMessage(created);
                if (created.getStatus() != 409 && created.getStatus() != 400) {
                    throw unexpected(created.getStatus(), message);
                }
                RuntimeException conflict = conflict(message);
                Optional<OrganizationRepresentation> existing = conflict instanceof OrganizationConflict taken
                        ? findByAlias(organizations, spec, taken.field()) : Optional.empty();
                if (existing.isEmpty()) {
                    throw conflict;
                }
                String id = existing.get().getId();
                update(organizations.get(id), id, spec);
                return id;
            }
        });
    }

    /** Brings the organization's name, domains and attributes to the spec (its alias never changes). */
    public Mono<Void> updateOrganization(String organizationId, OrganizationSpec spec) {
        return run("update organization " + spec.alias(),
                () -> update(realm().organizations().get(organizationId), organizationId, spec));
    }

    /** Deletes the organization; one that does not exist counts as deleted. */
    public Mono<Void> deleteOrganization(String organizationId) {
        return run("delete organization " + organizationId, () -> {
            try (Response deleted = realm().organizations().get(organizationId).delete()) {
                expect(deleted, 204, 404);
            }
        });
    }

    /**
     * Sends Keycloak's invitation mail for the organization: to the existing user with this e-mail, or, when nobody
     * has it, an invitation to register. Someone who is already a member gives {@link OrganizationConflict} on
     * {@code email}.
     */
    public Mono<Void> invite(String organizationId, String email) {
        return run("invite to organization " + organizationId, () -> {
            RealmResource realm = realm();
            var members = realm.organizations().get(organizationId).members();
            List<UserRepresentation> users = realm.users().searchByEmail(email, true);
            if (!users.isEmpty() && isMember(members, users.getFirst().getId())) {
                throw new OrganizationConflict("email", email + " is already a member of this authority.");
            }
            try (Response invited = users.isEmpty() ? members.inviteUser(email, "", "")
                    : members.inviteExistingUser(users.getFirst().getId())) {
                if (invited.getStatus() == 409) {
                    throw new OrganizationConflict("email", email + " is already a member of this authority.");
                }
                expect(invited, 204);
            }
        });
    }

    /** Makes the user a member of the organization; an existing membership counts as success. */
    public Mono<Void> addMember(String organizationId, String userId) {
        return run("add member to organization " + organizationId, () -> {
            try (Response added = realm().organizations().get(organizationId).members().addMember(userId)) {
                expect(added, 201, 204, 409);
            }
        });
    }

    /** Ends the user's membership of the organization; someone who is not a member counts as removed. */
    public Mono<Void> removeMember(String organizationId, String userId) {
        return run("remove member from organization " + organizationId, () -> {
            try (Response removed = realm().organizations().get(organizationId).members().removeMember(userId)) {
                expect(removed, 204, 404);
            }
        });
    }

    /** The aliases of the organizations the user belongs to (none for an unknown user). */
    public Mono<List<String>> organizationAliasesOf(String userId) {
        return call("organizations of a user", () -> {
            try {
                return realm().organizations().members().getOrganizations(userId, true).stream()
                        .map(OrganizationRepresentation::getAlias).sorted().toList();
            } catch (NotFoundException unknownUser) {
                return List.<String>of();
            }
        });
    }

    private static boolean isMember(OrganizationMembersResource members, String userId) {
        try {
            members.member(userId).toRepresentation();
            return true;
        } catch (NotFoundException notAMember) {
            return false;
        }
    }

    private void update(OrganizationResource organization, String id, OrganizationSpec spec) {
        try (Response updated = organization.update(representation(spec, id))) {
            if (updated.getStatus() == 409 || updated.getStatus() == 400) {
                throw conflict(errorMessage(updated));
            }
            if (updated.getStatus() == 404) {
                throw new IllegalStateException("Keycloak has no organization " + id);
            }
            expect(updated, 204);
        }
    }

    /**
     * The organization with the spec's alias, after Keycloak refused to create it because its name or alias is taken.
     * Keycloak's search matches names and domains, not aliases: look where a retry's organization would be found, then,
     * when the alias is taken by an organization of another name and other domains, page through them all.
     */
    private static Optional<OrganizationRepresentation> findByAlias(OrganizationsResource organizations,
            OrganizationSpec spec, String takenField) {
        if (takenField.equals("name")) {
            return searchForAlias(organizations, spec.name(), spec.alias());
        }
        if (!takenField.equals("alias")) {
            return Optional.empty();
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(spec.name());
        candidates.addAll(spec.domains());
        for (String search : candidates) {
            Optional<OrganizationRepresentation> found = searchForAlias(organizations, search, spec.alias());
            if (found.isPresent()) {
                return found;
            }
        }
        for (int first = 0; ; first += PAGE) {
            List<OrganizationRepresentation> page = organizations.search(null, false, first, PAGE, true);
            Optional<OrganizationRepresentation> found = page.stream()
                    .filter(organization -> spec.alias().equals(organization.getAlias())).findFirst();
            if (found.isPresent() || page.size() < PAGE) {
                return found;
            }
        }
    }

    private static Optional<OrganizationRepresentation> searchForAlias(OrganizationsResource organizations,
            String exactNameOrDomain, String alias) {
        return organizations.search(exactNameOrDomain, true, 0, PAGE, true).stream()
                .filter(organization -> alias.equals(organization.getAlias())).findFirst();
    }

    private static OrganizationRepresentation representation(OrganizationSpec spec, String id) {
        OrganizationRepresentation organization = new OrganizationRepresentation();
        organization.setId(id);
        organization.setAlias(spec.alias());
        organization.setName(spec.name());
        organization.setEnabled(true);
        for (String domain : spec.domains()) {
            OrganizationDomainRepresentation representation = new OrganizationDomainRepresentation();
            representation.setName(domain);
            organization.addDomain(representation);
        }
        organization.setAttributes(new HashMap<>(spec.attributes()));
        return organization;
    }

    /**
     * Keycloak's refusals name the value: "same name", "same alias", or "Domain x is already linked to organization y";
     * any other refusal (an invalid value) is a programming error.
     */
    private static RuntimeException conflict(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        if (lower.contains("domain") && lower.contains("already")) {
            return new OrganizationConflict("domains", "An e-mail domain already belongs to another authority.");
        }
        if (lower.contains("same alias")) {
            return new OrganizationConflict("alias", "Another organization already has this alias.");
        }
        if (lower.contains("same name")) {
            return new OrganizationConflict("name", "Another authority already has this name.");
        }
        return new IllegalStateException("Keycloak refused the organization: " + message);
    }

    private static String createdId(Response created) {
        URI location = Objects.requireNonNull(created.getLocation(), "Keycloak gave no Location");
        String path = location.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static void expect(Response response, int... accepted) {
        int status = response.getStatus();
        for (int ok : accepted) {
            if (status == ok) {
                return;
            }
        }
        throw unexpected(status, errorMessage(response));
    }

    private static RuntimeException unexpected(int status, String message) {
        if (status >= 500) {
            log.warn("Keycloak failed: {} {}", status, message);
            return new IdentityProviderUnavailable("Keycloak answered " + status + ": " + message, null);
        }
        if (status == 401 || status == 403) {
            return refused(status);
        }
        return new IllegalStateException("Keycloak answered " + status + ": " + message);
    }

    private static IllegalStateException refused(int status) {
        return new IllegalStateException("Keycloak refused the provisioning service account (" + status + "): check "
                + "mutualis.keycloak.client-id / client-secret and the client's realm-management roles.");
    }

    /** The {@code errorMessage} (or {@code error}) of a Keycloak error answer, or its raw body. */
    private static String errorMessage(Response response) {
        String body;
        try {
            body = response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (RuntimeException unreadable) {
            return "(unreadable answer)";
        }
        try {
            JsonNode json = JSON.readTree(body);
            for (String field : List.of("errorMessage", "error_description", "error")) {
                if (json != null && json.hasNonNull(field)) {
                    return json.get(field).asText();
                }
            }
        } catch (Exception notJson) {
            // keep the raw body
        }
        return body;
    }

    private Mono<Void> run(String what, Runnable action) {
        return call(what, () -> {
            action.run();
            return Boolean.TRUE;
        }).then();
    }

    <T> Mono<T> call(String what, Callable<T> action) {
        return Mono.fromCallable(() -> {
            try {
                return action.call();
            } catch (ProcessingException e) {
                if (e.getCause() instanceof WebApplicationException answer) {
                    throw translate(what, answer);
                }
                log.warn("Keycloak did not answer ({}): {}", what, e.getMessage());
                throw new IdentityProviderUnavailable("Keycloak did not answer: " + e.getMessage(), e);
            } catch (WebApplicationException e) {
                throw translate(what, e);
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** An error answer thrown by the admin client (also while getting its own token). */
    private static RuntimeException translate(String what, WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status >= 500) {
            log.warn("Keycloak failed ({}): {}", what, status);
            return new IdentityProviderUnavailable("Keycloak answered " + status, e);
        }
        if (status == 401 || status == 403) {
            return refused(status);
        }
        return new IllegalStateException("Keycloak answered " + status + " (" + what + ")", e);
    }

    /**
     * Builds the client and takes a first token in the background once the api is ready, so that the first request
     * that needs Keycloak does not pay for it; a Keycloak that is away is only logged.
     */
    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Mono.fromRunnable(() -> client().tokenManager().getAccessTokenString())
                .subscribeOn(Schedulers.boundedElastic())
                .subscribe(ignored -> { }, failure -> log.info("Keycloak not reachable yet: {}", failure.getMessage()));
    }

    RealmResource realm() {
        return client().realm(properties.realm());
    }

    /** Built once, on first use, so that the api starts (and answers 503) while Keycloak is away. */
    private Keycloak client() {
        Keycloak current = keycloak;
        if (current == null) {
            synchronized (this) {
                current = keycloak;
                if (current == null) {
                    long timeout = properties.timeout().toMillis();
                    Client http = ResteasyClientClassicProvider.createClientBuilder()
                            .connectTimeout(timeout, TimeUnit.MILLISECONDS)
                            .readTimeout(timeout, TimeUnit.MILLISECONDS)
                            .connectionCheckoutTimeout(timeout, TimeUnit.MILLISECONDS)
                            .register(JacksonProvider.class, 100)
                            .build();
                    current = KeycloakBuilder.builder()
                            .serverUrl(properties.url())
                            .realm(properties.realm())
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS)
                            .clientId(properties.clientId())
                            .clientSecret(properties.clientSecret())
                            .resteasyClient(http)
                            .build();
                    keycloak = current;
                }
            }
        }
        return current;
    }

    @Override
    public void destroy() {
        Keycloak current = keycloak;
        if (current != null) {
            current.close();
        }
    }
}
