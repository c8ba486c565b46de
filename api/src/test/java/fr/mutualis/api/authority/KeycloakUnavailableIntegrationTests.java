package fr.mutualis.api.authority;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import fr.mutualis.stack.FreePorts;
import fr.mutualis.stack.TestStack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The api's admin connection to Keycloak points at a port where nothing listens: creation fails cleanly with 503. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class KeycloakUnavailableIntegrationTests {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ApiTestDatabase.register(registry);
        int closed = FreePorts.next();
        registry.add("mutualis.keycloak.url", () -> "http://localhost:" + closed);
    }

    @Autowired
    private WebTestClient client;

    @Test
    void creatingAnAuthorityAnswers503WithRetryAfterAndCreatesNothing() {
        String slug = TestAuthorities.uniqueSlug("offline");
        client.post().uri("/api/v1/authorities").headers(h -> h.setBearerAuth(TestStack.accessToken("operator")))
                .bodyValue(Map.of("slug", slug, "name", "Commune hors ligne", "kind", "COMMUNE",
                        "siren", TestAuthorities.validSiren(), "emailDomains", List.of(slug + ".test")))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.type").isEqualTo("urn:mutualis:problem:identity-provider-unavailable");

        client.get().uri("/api/v1/authorities/{slug}", slug)
                .headers(h -> h.setBearerAuth(TestStack.accessToken("operator"))).exchange()
                .expectStatus().isNotFound();
    }
}
