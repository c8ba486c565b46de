package fr.mutualis.api.shared.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.stack.FreePorts;
import fr.mutualis.stack.MailSink;
import fr.mutualis.stack.TestStack;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** The adapter against the real test Keycloak, as the {@code mutualis-provisioner} service account of the dev realm. */
class KeycloakOrganizationsIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final KeycloakOrganizations organizations = new KeycloakOrganizations(properties(
            TestStack.keycloak().url().toString(), TestStack.PROVISIONER_DEV_SECRET, Duration.ofSeconds(5)));

    @AfterEach
    void closeClient() {
        organizations.destroy();
    }

    @Test
    void creatingIsIdempotentByAliasAndBringsAnExistingOrganizationToTheSpec() {
        String alias = unique("commune");
        OrganizationSpec spec = new OrganizationSpec(alias, "Commune " + alias, List.of(alias + ".example.fr"),
                Map.of("siren", List.of("213502388")));

        String id = organizations.ensureOrganization(spec).block(WAIT);
        String again = organizations.ensureOrganization(spec).block(WAIT);
        OrganizationSpec renamed = new OrganizationSpec(alias, "Ville " + alias, List.of(alias + ".example.fr",
                "mairie-" + alias + ".example.fr"), Map.of("siren", List.of("213502388")));
        String adopted = organizations.ensureOrganization(renamed).block(WAIT);

        assertThat(again).isEqualTo(id);
        assertThat(adopted).isEqualTo(id);
        OrganizationRepresentation stored = organization(id);
        assertThat(stored.getAlias()).isEqualTo(alias);
        assertThat(stored.getName()).isEqualTo("Ville " + alias);
        assertThat(stored.getDomains()).extracting(OrganizationDomainRepresentation::getName)
                .containsExactlyInAnyOrder(alias + ".example.fr", "mairie-" + alias + ".example.fr");
        assertThat(stored.getAttributes()).containsEntry("siren", List.of("213502388"));
    }

    @Test
    void anOrganizationWhoseAliasIsTakenByAnUnrelatedOneIsFoundAndAdopted() {
        String alias = unique("orphan");
        String id = organizations.ensureOrganization(new OrganizationSpec(alias, "Ancien nom " + alias,
                List.of(alias + ".old.example.fr"), Map.of())).block(WAIT);

        String adopted = organizations.ensureOrganization(new OrganizationSpec(alias, "Nouveau nom " + alias,
                List.of(alias + ".new.example.fr"), Map.of())).block(WAIT);

        assertThat(adopted).isEqualTo(id);
        assertThat(organization(id).getName()).isEqualTo("Nouveau nom " + alias);
    }

    @Test
    void aDomainOrANameOfAnotherOrganizationIsAConflict() {
        String first = unique("region");
        String domain = first + ".example.fr";
        organizations.ensureOrganization(new OrganizationSpec(first, "Région " + first, List.of(domain), Map.of()))
                .block(WAIT);

        String second = unique("departement");
        assertThatThrownBy(() -> organizations.ensureOrganization(new OrganizationSpec(second, "Département " + second,
                List.of(second + ".example.fr", domain), Map.of())).block(WAIT))
                .isInstanceOfSatisfying(OrganizationConflict.class,
                        conflict -> assertThat(conflict.field()).isEqualTo("domains"));
        assertThatThrownBy(() -> organizations.ensureOrganization(new OrganizationSpec(second, "Région " + first,
                List.of(second + ".example.fr"), Map.of())).block(WAIT))
                .isInstanceOfSatisfying(OrganizationConflict.class,
                        conflict -> assertThat(conflict.field()).isEqualTo("name"));

        String secondId = organizations.ensureOrganization(new OrganizationSpec(second, "Département " + second,
                List.of(second + ".example.fr"), Map.of())).block(WAIT);
        assertThatThrownBy(() -> organizations.updateOrganization(secondId, new OrganizationSpec(second,
                "Département " + second, List.of(domain), Map.of())).block(WAIT))
                .isInstanceOfSatisfying(OrganizationConflict.class,
                        conflict -> assertThat(conflict.field()).isEqualTo("domains"));
    }

    @Test
    void anOrganizationMayHaveNoDomainAndIsUpdatedToTheSpec() {
        String alias = unique("syndicat");
        String id = organizations.ensureOrganization(new OrganizationSpec(alias, "Syndicat " + alias, List.of(),
                Map.of())).block(WAIT);

        organizations.updateOrganization(id, new OrganizationSpec(alias, "Syndicat mixte " + alias,
                List.of(alias + ".example.fr"), Map.of("siren", List.of("200012345")))).block(WAIT);

        OrganizationRepresentation stored = organization(id);
        assertThat(stored.getName()).isEqualTo("Syndicat mixte " + alias);
        assertThat(stored.getDomains()).extracting(OrganizationDomainRepresentation::getName)
                .containsExactly(alias + ".example.fr");
        assertThat(stored.getAttributes()).containsEntry("siren", List.of("200012345"));
    }

    @Test
    void anInvitationMailGoesToSomeoneNewAndToAnExistingUser() {
        String alias = unique("epci");
        String id = organizations.ensureOrganization(new OrganizationSpec(alias, "EPCI " + alias,
                List.of(alias + ".example.fr"), Map.of())).block(WAIT);
        String newcomer = "newcomer-" + alias + "@" + alias + ".example.fr";
        String existing = createUser(alias).getEmail();

        organizations.invite(id, newcomer).block(WAIT);
        organizations.invite(id, existing).block(WAIT);

        String realm = TestStack.keycloak().issuer(TestStack.REALM);
        MailSink.Mail toNewcomer = TestStack.mail().awaitMessageTo(newcomer, WAIT);
        assertThat(toNewcomer.linkContaining("/protocol/openid-connect/registrations"))
                .startsWith(realm).contains("&token=");
        MailSink.Mail toExisting = TestStack.mail().awaitMessageTo(existing, WAIT);
        assertThat(toExisting.linkContaining("/login-actions/action-token")).startsWith(realm).contains("?key=");
    }

    @Test
    void invitingSomeoneWhoIsAlreadyAMemberIsAConflict() {
        String alias = unique("membre");
        String id = organizations.ensureOrganization(new OrganizationSpec(alias, "Commune " + alias, List.of(),
                Map.of())).block(WAIT);
        UserRepresentation user = createUser(alias);
        organizations.addMember(id, user.getId()).block(WAIT);

        assertThatThrownBy(() -> organizations.invite(id, user.getEmail()).block(WAIT))
                .isInstanceOfSatisfying(OrganizationConflict.class,
                        conflict -> assertThat(conflict.field()).isEqualTo("email"));
    }

    @Test
    void membersAreAddedAndRemovedIdempotentlyAndTheirOrganizationsAreListed() {
        String first = unique("quimper");
        String second = unique("brest");
        String firstId = organizations.ensureOrganization(new OrganizationSpec(first, "Ville " + first, List.of(),
                Map.of())).block(WAIT);
        String secondId = organizations.ensureOrganization(new OrganizationSpec(second, "Ville " + second, List.of(),
                Map.of())).block(WAIT);
        String userId = createUser(first).getId();

        assertThat(organizations.organizationAliasesOf(userId).block(WAIT)).isEmpty();
        organizations.addMember(firstId, userId).block(WAIT);
        organizations.addMember(firstId, userId).block(WAIT);
        organizations.addMember(secondId, userId).block(WAIT);
        assertThat(organizations.organizationAliasesOf(userId).block(WAIT))
                .containsExactlyInAnyOrder(first, second);

        organizations.removeMember(firstId, userId).block(WAIT);
        organizations.removeMember(firstId, userId).block(WAIT);
        assertThat(organizations.organizationAliasesOf(userId).block(WAIT)).containsExactly(second);
        assertThat(organizations.organizationAliasesOf(UUID.randomUUID().toString()).block(WAIT)).isEmpty();
    }

    @Test
    void deletingIsIdempotent() {
        String alias = unique("ancienne");
        String id = organizations.ensureOrganization(new OrganizationSpec(alias, "Ancienne commune " + alias,
                List.of(alias + ".example.fr"), Map.of())).block(WAIT);

        organizations.deleteOrganization(id).block(WAIT);
        organizations.deleteOrganization(id).block(WAIT);

        assertThatThrownBy(() -> organization(id)).isInstanceOf(NotFoundException.class);
        String recreated = organizations.ensureOrganization(new OrganizationSpec(alias, "Ancienne commune " + alias,
                List.of(alias + ".example.fr"), Map.of())).block(WAIT);
        assertThat(recreated).isNotEqualTo(id);
    }

    @Test
    void aKeycloakThatIsNotListeningIsUnavailableAtOnce() {
        KeycloakOrganizations unreachable = new KeycloakOrganizations(properties(
                "http://127.0.0.1:" + FreePorts.next(), TestStack.PROVISIONER_DEV_SECRET, Duration.ofSeconds(5)));
        try {
            Instant start = Instant.now();
            assertThatThrownBy(() -> unreachable.ensureOrganization(new OrganizationSpec(unique("x"), "X", List.of(),
                    Map.of())).block(WAIT)).isInstanceOf(IdentityProviderUnavailable.class);
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(3));
        } finally {
            unreachable.destroy();
        }
    }

    @Test
    void aKeycloakThatDoesNotAnswerIsUnavailableAfterTheTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            KeycloakOrganizations mute = new KeycloakOrganizations(properties(
                    "http://127.0.0.1:" + silent.getLocalPort(), TestStack.PROVISIONER_DEV_SECRET,
                    Duration.ofSeconds(1)));
            try {
                Instant start = Instant.now();
                assertThatThrownBy(() -> mute.organizationAliasesOf(UUID.randomUUID().toString()).block(WAIT))
                        .isInstanceOf(IdentityProviderUnavailable.class);
                assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
            } finally {
                mute.destroy();
            }
        }
    }

    @Test
    void aWrongSecretIsAConfigurationErrorNotAnOutage() {
        KeycloakOrganizations misconfigured = new KeycloakOrganizations(properties(
                TestStack.keycloak().url().toString(), "not-the-secret", Duration.ofSeconds(5)));
        try {
            assertThatThrownBy(() -> misconfigured.organizationAliasesOf(UUID.randomUUID().toString()).block(WAIT))
                    .isInstanceOf(IllegalStateException.class)
                    .isNotInstanceOf(IdentityProviderUnavailable.class)
                    .hasMessageContaining("client-secret");
        } finally {
            misconfigured.destroy();
        }
    }

    @Test
    void aMissingSecretIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new KeycloakOrganizations(properties("http://localhost:1",
                "${MUTUALIS_PROVISIONER_CLIENT_SECRET}", Duration.ofSeconds(1))))
                .hasMessageContaining("MUTUALIS_PROVISIONER_CLIENT_SECRET");
    }

    private static KeycloakAdminProperties properties(String url, String secret, Duration timeout) {
        return new KeycloakAdminProperties(url, TestStack.REALM, TestStack.PROVISIONER_CLIENT, secret, timeout);
    }

    private static OrganizationRepresentation organization(String id) {
        try (Keycloak admin = TestStack.keycloak().admin()) {
            return admin.realm(TestStack.REALM).organizations().get(id).toRepresentation();
        }
    }

    private static UserRepresentation createUser(String suffix) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername("agent-" + suffix);
        user.setEmail("agent-" + suffix + "@agents.example.fr");
        user.setFirstName("Agent");
        user.setLastName(suffix);
        user.setEmailVerified(true);
        user.setEnabled(true);
        try (Keycloak admin = TestStack.keycloak().admin();
                Response created = admin.realm(TestStack.REALM).users().create(user)) {
            user.setId(CreatedResponseUtil.getCreatedId(created));
            return user;
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
