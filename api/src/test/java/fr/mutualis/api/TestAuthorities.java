package fr.mutualis.api;

import fr.mutualis.stack.TestStack;
import java.util.Map;
import java.util.UUID;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Authorities and members made through the real api and the real Keycloak, for integration tests: a fresh slug per
 * call, so that test classes sharing the test Keycloak never collide.
 */
public final class TestAuthorities {

    private final WebTestClient client;

    public TestAuthorities(WebTestClient client) {
        this.client = client;
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh authority created by the operator, with a SIREN valid for the Luhn check. */
    public String create(String prefix) {
        String slug = uniqueSlug(prefix);
        client.post().uri("/api/v1/authorities").headers(h -> h.setBearerAuth(TestStack.accessToken("operator")))
                .bodyValue(Map.of("slug", slug, "name", "Collectivité " + slug, "kind", "COMMUNE",
                        "siren", validSiren(), "population", 12000, "agents", 240, "regionCode", "53",
                        "departmentCode", "29", "emailDomains", java.util.List.of(slug + ".test")))
                .exchange().expectStatus().isCreated();
        return slug;
    }

    /**
     * Makes a demo user a member with a role, the way a real person joins: the operator invites them, they join the
     * organization in Keycloak (as accepting the mail would do), and their next {@code /me} takes the role in.
     */
    public void addMember(String slug, String username, String role) {
        String email = user(username).getEmail();
        client.post().uri("/api/v1/authorities/{slug}/members", slug)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("operator")))
                .bodyValue(Map.of("email", email, "role", role)).exchange().expectStatus().isCreated();
        try (Keycloak admin = TestStack.keycloak().admin()) {
            admin.realm(TestStack.REALM).organizations().get(organizationId(slug)).members()
                    .addMember(userId(username)).close();
        }
        client.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(TestStack.accessToken(username)))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.memberships[?(@.authority == '" + slug + "')].role").isEqualTo(role);
    }

    /** The id of the Keycloak organization whose alias is the slug; empty when there is none. */
    public static java.util.Optional<String> findOrganizationId(String slug) {
        try (Keycloak admin = TestStack.keycloak().admin()) {
            return admin.realm(TestStack.REALM).organizations().search(slug, false, 0, 100).stream()
                    .filter(organization -> slug.equals(organization.getAlias()))
                    .map(OrganizationRepresentation::getId).findFirst();
        }
    }

    public static String organizationId(String slug) {
        return findOrganizationId(slug).orElseThrow(() -> new AssertionError("no organization " + slug));
    }

    public static String userId(String username) {
        return user(username).getId();
    }

    private static UserRepresentation user(String username) {
        try (Keycloak admin = TestStack.keycloak().admin()) {
            return admin.realm(TestStack.REALM).users().search(username, true).getFirst();
        }
    }

    /** A random 9-digit number whose Luhn checksum is valid. */
    public static String validSiren() {
        return fr.mutualis.stack.TestData.siren();
    }
}
