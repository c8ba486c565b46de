package fr.mutualis.api.reuse;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.stack.FreePorts;
import fr.mutualis.stack.TestStack;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Keycloak's admin api does not answer: registering a partner is a clean 503 and records no partner. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class PartnerRegistrationKeycloakDownIntegrationTests {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ApiTestDatabase.register(registry);
        int closed = FreePorts.next();
        registry.add("mutualis.keycloak.url", () -> "http://localhost:" + closed);
    }

    @Autowired
    private WebTestClient client;

    @Test
    void registeringAPartnerAnswers503WithRetryAfterAndRecordsNothing() {
        WebTestClient patient = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        String operator = TestStack.accessToken("operator");
        patient.post().uri("/api/v1/partners").headers(h -> h.setBearerAuth(operator))
                .bodyValue(ReuseFixtures.partnerBody("Hors ligne", List.of("29"), List.of("LAPTOP"))).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().exists("Retry-After")
                .expectBody().jsonPath("$.type").isEqualTo("urn:mutualis:problem:identity-provider-unavailable");

        patient.get().uri("/api/v1/partners").headers(h -> h.setBearerAuth(operator)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }
}
