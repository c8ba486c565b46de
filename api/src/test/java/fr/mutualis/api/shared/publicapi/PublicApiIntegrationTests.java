package fr.mutualis.api.shared.publicapi;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import fr.mutualis.stack.TestStack;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * What every {@code /public/v1} read shares, tried on the public directory: conditional reads (ETag, 304), Link
 * headers, rate limits per address and per client (429 with Retry-After), CORS for reads only. Each test reads from its
 * own address ({@code X-Forwarded-For}, trusted here as behind a proxy) so that their buckets do not mix.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mutualis.public-api.anonymous-per-minute=5", "mutualis.public-api.client-per-minute=50",
        "mutualis.public-api.trust-forwarded-for=true", "mutualis.open-data.schedule=false"})
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicApiIntegrationTests {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    private String region;

    @BeforeAll
    void threeAuthoritiesInTheirOwnRegion() {
        TestAuthorities authorities = new TestAuthorities(client);
        region = "53";
        for (int i = 0; i < 3; i++) {
            authorities.create("public");
        }
    }

    @Test
    void aReadHasAnETagAndTheSameReadWithIfNoneMatchIsNotModified() {
        String address = newAddress();
        String etag = client.get().uri("/public/v1/authorities?region={region}", region)
                .header("X-Forwarded-For", address).exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches(HttpHeaders.CACHE_CONTROL, ".*public.*")
                .expectBody().jsonPath("$.items[0].emailDomains").doesNotExist()
                .returnResult().getResponseHeaders().getETag();
        assertThat(etag).startsWith("\"");

        client.get().uri("/public/v1/authorities?region={region}", region).header("X-Forwarded-For", address)
                .header(HttpHeaders.IF_NONE_MATCH, etag).exchange()
                .expectStatus().isNotModified()
                .expectBody().isEmpty();
        client.get().uri("/public/v1/authorities?region={region}", region).header("X-Forwarded-For", address)
                .header(HttpHeaders.IF_NONE_MATCH, "\"something-else\"").exchange()
                .expectStatus().isOk();
    }

    @Test
    void aPageLinksToTheNextOneAndTheLinkLeadsThere() {
        String address = newAddress();
        HttpHeaders first = client.get().uri("/public/v1/authorities?q=public&limit=1")
                .header("X-Forwarded-For", address).exchange()
                .expectStatus().isOk().expectBody().returnResult().getResponseHeaders();
        String link = first.getFirst(HttpHeaders.LINK);
        assertThat(link).matches("</public/v1/authorities\\?q=public&limit=1&cursor=[^>]+>; rel=\"next\"");

        String next = link.substring(1, link.indexOf('>'));
        client.get().uri(next).header("X-Forwarded-For", address).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(1);
    }

    @Test
    void anAddressOverItsLimitIsToldWhenToComeBack() {
        String address = newAddress();
        for (int i = 5; i > 0; i--) {
            client.get().uri("/public/v1/authorities").header("X-Forwarded-For", address).exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("RateLimit-Limit", "5")
                    .expectHeader().valueEquals("RateLimit-Remaining", Integer.toString(i - 1));
        }
        client.get().uri("/public/v1/authorities").header("X-Forwarded-For", address).exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches(HttpHeaders.RETRY_AFTER, "[1-9][0-9]*")
                .expectBody().jsonPath("$.type").isEqualTo("urn:mutualis:problem:rate-limited");

        client.get().uri("/public/v1/authorities").header("X-Forwarded-For", newAddress()).exchange()
                .expectStatus().isOk();
    }

    @Test
    void anAuthenticatedClientHasItsOwnBucketWhateverItsAddress() {
        client.get().uri("/public/v1/authorities").header("X-Forwarded-For", newAddress())
                .headers(h -> h.setBearerAuth(TestStack.accessToken("viewer.quimper"))).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("RateLimit-Limit", "50");
    }

    @Test
    void anInvalidTokenOnAPublicReadIsRefusedRatherThanIgnored() {
        client.get().uri("/public/v1/authorities").header("X-Forwarded-For", newAddress())
                .headers(h -> h.setBearerAuth("not-a-token")).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void browsersOfAnyOriginMayReadPublicContentButNotTheApi() {
        client.options().uri("/public/v1/authorities").header(HttpHeaders.ORIGIN, "https://donnees.example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        client.get().uri("/public/v1/authorities").header(HttpHeaders.ORIGIN, "https://donnees.example.org")
                .header("X-Forwarded-For", newAddress()).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> assertThat(exposed).contains("ETag", "Link", "RateLimit-Remaining"));

        client.options().uri("/api/v1/me").header(HttpHeaders.ORIGIN, "https://donnees.example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET").exchange()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        client.options().uri("/public/v1/authorities").header(HttpHeaders.ORIGIN, "https://donnees.example.org")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST").exchange()
                .expectStatus().isForbidden();
    }

    private static String newAddress() {
        UUID random = UUID.randomUUID();
        return "203.0." + Math.floorMod(random.getMostSignificantBits(), 256) + "."
                + Math.floorMod(random.getLeastSignificantBits(), 256);
    }
}
