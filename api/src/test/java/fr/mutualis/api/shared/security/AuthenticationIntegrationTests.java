package fr.mutualis.api.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.stack.TestRealms;
import fr.mutualis.stack.TestStack;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Real tokens from the real test Keycloak: one accepted, every kind of bad one refused with 401 problem+json. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "mutualis.security.clock-skew=0s")
@AutoConfigureWebTestClient
class AuthenticationIntegrationTests {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    @Test
    void aValidTokenOfADemoUserGetsTheirIdentity() {
        client.get().uri("/api/v1/me").headers(bearer(TestStack.accessToken("admin.bretagne")))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo("Anne Le Gall")
                .jsonPath("$.email").isEqualTo("admin.bretagne@bretagne.bzh")
                .jsonPath("$.platformOperator").isEqualTo(false)
                .jsonPath("$.id").isNotEmpty()
                .jsonPath("$.memberships").isArray();
    }

    @Test
    void theOperatorIsFlaggedAsPlatformOperator() {
        client.get().uri("/api/v1/me").headers(bearer(TestStack.accessToken("operator")))
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.platformOperator").isEqualTo(true);
    }

    @Test
    void noTokenIsRefused() {
        expectUnauthorized(client.get().uri("/api/v1/me").exchange(), "authentication-required");
    }

    @Test
    void aTokenWithATamperedSignatureIsRefused() {
        String token = TestStack.accessToken("viewer.bretagne");
        int signatureStart = token.lastIndexOf('.') + 1;
        char flipped = token.charAt(signatureStart + 5) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, signatureStart + 5) + flipped + token.substring(signatureStart + 6);
        expectUnauthorized(client.get().uri("/api/v1/me").headers(bearer(tampered)).exchange(), "invalid-token");
    }

    @Test
    void aTokenOfAnotherRealmIsRefused() {
        TestRealms.createRealmWithUser("elsewhere", "elsewhere-cli", "stranger", "stranger-password");
        String foreign = TestStack.keycloak().passwordToken("elsewhere", "elsewhere-cli", "stranger",
                "stranger-password");
        expectUnauthorized(client.get().uri("/api/v1/me").headers(bearer(foreign)).exchange(), "invalid-token");
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() {
        TestRealms.createPasswordClient(TestStack.REALM, "no-api-audience", false, Map.of());
        String token = TestStack.keycloak().passwordToken(TestStack.REALM, "no-api-audience", "editor.rennes",
                TestStack.DEMO_PASSWORD);
        expectUnauthorized(client.get().uri("/api/v1/me").headers(bearer(token)).exchange(), "invalid-token");
    }

    @Test
    void anExpiredTokenIsRefused() {
        TestRealms.createPasswordClient(TestStack.REALM, "short-lived", true, Map.of("access.token.lifespan", "1"));
        String token = TestStack.keycloak().passwordToken(TestStack.REALM, "short-lived", "viewer.quimper",
                TestStack.DEMO_PASSWORD);

        Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                expectUnauthorized(client.get().uri("/api/v1/me").headers(bearer(token)).exchange(),
                        "invalid-token"));
    }

    private static java.util.function.Consumer<HttpHeaders> bearer(String token) {
        return headers -> headers.setBearerAuth(token);
    }

    private static void expectUnauthorized(WebTestClient.ResponseSpec response, String type) {
        response.expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer"))
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.type").isEqualTo("urn:mutualis:problem:" + type)
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.detail").isNotEmpty();
    }
}
