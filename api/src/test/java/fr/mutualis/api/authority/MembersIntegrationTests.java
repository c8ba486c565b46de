package fr.mutualis.api.authority;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import fr.mutualis.stack.MailSink;
import fr.mutualis.stack.TestStack;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.keycloak.admin.client.Keycloak;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Members, roles, invitations and the audit log of an authority, through the real api and Keycloak. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MembersIntegrationTests {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    private String slug;

    @BeforeAll
    void anAuthorityWithAnAdministratorAndAViewer() {
        TestAuthorities authorities = new TestAuthorities(client);
        slug = authorities.create("members");
        authorities.addMember(slug, "admin.bretagne", "ADMIN");
        authorities.addMember(slug, "viewer.bretagne", "VIEWER");
    }

    @Test
    void anAdministratorInvitesByEmailAndKeycloakSendsTheMail() {
        String email = "nouvel.agent@" + slug + ".test";
        as("admin.bretagne", client.post().uri("/api/v1/authorities/{slug}/members", slug))
                .bodyValue(Map.of("email", email, "role", "EDITOR")).exchange()
                .expectStatus().isCreated()
                .expectHeader().exists("Location")
                .expectBody().jsonPath("$.status").isEqualTo("PENDING").jsonPath("$.role").isEqualTo("EDITOR");

        MailSink.Mail mail = TestStack.mail().awaitMessageTo(email, Duration.ofSeconds(20));
        assertThat(mail.links()).anyMatch(link -> link.startsWith(TestStack.keycloak().url().toString()));
        as("admin.bretagne", client.get().uri("/api/v1/authorities/{slug}/invitations", slug)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.email == '" + email + "')].role").isEqualTo("EDITOR");
    }

    @Test
    void invalidInvitationsAreRefused() {
        as("admin.bretagne", client.post().uri("/api/v1/authorities/{slug}/members", slug))
                .bodyValue(Map.of("email", "not-an-email", "role", "OWNER")).exchange()
                .expectStatus().isBadRequest();
        as("admin.bretagne", client.post().uri("/api/v1/authorities/{slug}/members", slug))
                .bodyValue(Map.of("email", "viewer.bretagne@bretagne.bzh", "role", "EDITOR")).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mutualis:problem:already-member");
    }

    @Test
    void someoneAlreadyInTheOrganizationButNotRecordedGetsTheInvitedRoleAtTheirNextSignIn() {
        String slugOfThisTest = new TestAuthorities(client).create("joined");
        try (Keycloak admin = TestStack.keycloak().admin()) {
            admin.realm(TestStack.REALM).organizations().get(TestAuthorities.organizationId(slugOfThisTest)).members()
                    .addMember(TestAuthorities.userId("viewer.quimper")).close();
        }

        asOperator(client.post().uri("/api/v1/authorities/{slug}/members", slugOfThisTest))
                .bodyValue(Map.of("email", "viewer.quimper@quimper.bzh", "role", "EDITOR")).exchange()
                .expectStatus().isCreated();

        as("viewer.quimper", client.get().uri("/api/v1/me")).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.memberships[?(@.authority == '" + slugOfThisTest + "')].role")
                .isEqualTo("EDITOR");
    }

    @Test
    void aViewerMayNotManageMembers() {
        as("viewer.bretagne", client.get().uri("/api/v1/authorities/{slug}/members", slug)).exchange()
                .expectStatus().isForbidden();
        as("viewer.bretagne", client.post().uri("/api/v1/authorities/{slug}/members", slug))
                .bodyValue(Map.of("email", "x@" + slug + ".test", "role", "ADMIN")).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void theLastAdministratorCanBeNeitherDemotedNorRemoved() {
        String admin = TestAuthorities.userId("admin.bretagne");
        as("admin.bretagne", client.put().uri("/api/v1/authorities/{slug}/members/{id}", slug, admin))
                .bodyValue(Map.of("role", "VIEWER")).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mutualis:problem:last-admin");
        as("admin.bretagne", client.delete().uri("/api/v1/authorities/{slug}/members/{id}", slug, admin)).exchange()
                .expectStatus().isEqualTo(409);
    }

    @Test
    void anAdministratorChangesARoleThenRemovesTheMemberFromTheOrganizationToo() {
        String slugOfThisTest = new TestAuthorities(client).create("remove");
        new TestAuthorities(client).addMember(slugOfThisTest, "editor.bretagne", "VIEWER");
        String editor = TestAuthorities.userId("editor.bretagne");

        asOperator(client.put().uri("/api/v1/authorities/{slug}/members/{id}", slugOfThisTest, editor))
                .bodyValue(Map.of("role", "EDITOR")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.role").isEqualTo("EDITOR");
        asOperator(client.delete().uri("/api/v1/authorities/{slug}/members/{id}", slugOfThisTest, editor)).exchange()
                .expectStatus().isNoContent();

        try (Keycloak admin = TestStack.keycloak().admin()) {
            var organizations = admin.realm(TestStack.REALM).organizations();
            String id = TestAuthorities.organizationId(slugOfThisTest);
            assertThat(organizations.get(id).members().list(0, 100))
                    .noneMatch(member -> member.getId().equals(editor));
        }
        asOperator(client.get().uri("/api/v1/authorities/{slug}/audit", slugOfThisTest)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.items[0].action").isEqualTo("member.removed")
                .jsonPath("$.items[1].action").isEqualTo("member.role-changed")
                .jsonPath("$.items[0].requestId").isNotEmpty();
    }

    private static <S extends WebTestClient.RequestHeadersSpec<?>> S as(String username, S request) {
        request.headers(h -> h.setBearerAuth(TestStack.accessToken(username)));
        return request;
    }

    private static <S extends WebTestClient.RequestHeadersSpec<?>> S asOperator(S request) {
        return as("operator", request);
    }
}
