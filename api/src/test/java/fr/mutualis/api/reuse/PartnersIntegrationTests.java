package fr.mutualis.api.reuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import fr.mutualis.stack.TestStack;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Partner registration (Keycloak client), secrets, self-service profile, reviews and signed webhooks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnersIntegrationTests {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ApiTestDatabase.register(registry);
        registry.add("mutualis.reuse.webhooks.allow-insecure-localhost", () -> "true");
        registry.add("mutualis.reuse.webhooks.poll-interval", () -> "200ms");
        registry.add("mutualis.reuse.webhooks.first-backoff", () -> "1s");
    }

    @Autowired
    private WebTestClient client;

    private ReuseFixtures fixtures;
    private HttpServer receiver;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger calls = new AtomicInteger();

    record Received(String body, String signature, String delivery) {
    }

    @BeforeAll
    void aWebhookReceiverThatFailsItsFirstCall() throws IOException {
        client = client.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build(); // a shared, busy CPU
        fixtures = new ReuseFixtures(client);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(body, exchange.getRequestHeaders().getFirst("Mutualis-Signature"),
                    exchange.getRequestHeaders().getFirst("Mutualis-Delivery")));
            exchange.sendResponseHeaders(calls.incrementAndGet() == 1 ? 503 : 204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void theOperatorRegistersAPartnerWhoseClientCredentialsWork() {
        ReuseFixtures.RegisteredPartner partner = fixtures.register(
                ReuseFixtures.partnerBody("Ordi Solidaire", List.of("56"), List.of("LAPTOP")));
        client.get().uri("/public/v1/lots").headers(h -> h.setBearerAuth(partner.token())).exchange()
                .expectStatus().isOk();

        String rotated = client.post().uri("/api/v1/partners/{id}/secret", partner.id()).headers(this::operator)
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
                .get("clientSecret").toString();
        assertThat(rotated).isNotEqualTo(partner.clientSecret());
        assertThat(ReuseFixtures.partnerToken(partner.clientId(), rotated)).isNotBlank();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> ReuseFixtures.partnerToken(partner.clientId(), partner.clientSecret()))
                .hasMessageContaining("401");
    }

    @Test
    void onlyTheOperatorRegistersAndBadInputIsNamed() {
        Map<String, Object> body = ReuseFixtures.partnerBody("Pas autorisé", List.of("29"), List.of("LAPTOP"));
        client.post().uri("/api/v1/partners").headers(h -> h.setBearerAuth(TestStack.accessToken("admin.bretagne")))
                .bodyValue(body).exchange().expectStatus().isForbidden();
        Map<String, Object> badSiret = new java.util.HashMap<>(body);
        badSiret.put("siret", "12345678901234");
        client.post().uri("/api/v1/partners").headers(this::operator).bodyValue(badSiret).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("siret");
        Map<String, Object> badHook = new java.util.HashMap<>(body);
        badHook.put("webhookUrl", "http://partner.example/hook");
        client.post().uri("/api/v1/partners").headers(this::operator).bodyValue(badHook).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("webhookUrl");
        fixtures.register(body);
        client.post().uri("/api/v1/partners").headers(this::operator).bodyValue(body).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.field").isEqualTo("siret");
    }

    @Test
    void aPartnerEditsItsOwnProfileOnlyAndHonoursIfMatch() {
        ReuseFixtures.RegisteredPartner me = fixtures.register(
                ReuseFixtures.partnerBody("Recyclerie du Léon", List.of("29"), List.of("LAPTOP")));
        ReuseFixtures.RegisteredPartner other = fixtures.register(
                ReuseFixtures.partnerBody("Autre atelier", List.of("29"), List.of("LAPTOP")));
        String token = me.token();

        client.patch().uri("/api/v1/partners/{id}", me.id()).headers(h -> h.setBearerAuth(token))
                .header(HttpHeaders.IF_MATCH, "\"0\"").bodyValue(Map.of("departments", List.of("29", "22")))
                .exchange().expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.ETAG, "\"1\"")
                .expectBody().jsonPath("$.departments").isEqualTo(List.of("22", "29"));
        client.patch().uri("/api/v1/partners/{id}", me.id()).headers(h -> h.setBearerAuth(token))
                .header(HttpHeaders.IF_MATCH, "\"0\"").bodyValue(Map.of("name", "Stale")).exchange()
                .expectStatus().isEqualTo(412);
        client.patch().uri("/api/v1/partners/{id}", other.id()).headers(h -> h.setBearerAuth(token))
                .bodyValue(Map.of("name", "Taken over")).exchange().expectStatus().isForbidden();
        client.patch().uri("/api/v1/partners/{id}", other.id())
                .headers(h -> h.setBearerAuth(TestStack.accessToken("editor.rennes")))
                .bodyValue(Map.of("name", "Taken over")).exchange().expectStatus().isForbidden();
    }

    @Test
    void oneReviewPerAuthorityEditable() {
        TestAuthorities authorities = new TestAuthorities(client);
        String slug = authorities.create("reviews");
        authorities.addMember(slug, "viewer.quimper", "VIEWER");
        ReuseFixtures.RegisteredPartner partner = fixtures.register(
                ReuseFixtures.partnerBody("Atelier noté", List.of("29"), List.of("LAPTOP")));
        String token = TestStack.accessToken("viewer.quimper");

        review(slug, partner.id(), token, 4, "Collecte rapide").expectStatus().isCreated();
        review(slug, partner.id(), token, 5, "Collecte rapide, certificats fournis").expectStatus().isOk();
        review(slug, partner.id(), token, 7, "").expectStatus().isBadRequest();
        client.get().uri("/api/v1/partners/{id}", partner.id()).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.reviews.length()").isEqualTo(1)
                .jsonPath("$.reviews[0].rating").isEqualTo(5)
                .jsonPath("$.partner.averageRating").isEqualTo(5.0);
        client.get().uri("/api/v1/partners?department=29&category=LAPTOP").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '" + partner.id() + "')].name").isEqualTo("Atelier noté");
    }

    @Test
    void anOfferedLotIsPushedToPartnersOfTheAreaSignedAndRetried() throws Exception {
        Map<String, Object> body = ReuseFixtures.partnerBody("Atelier à l'écoute", List.of("2A"), List.of("TABLET"));
        body.put("webhookUrl", "http://localhost:" + receiver.getAddress().getPort() + "/hooks");
        ReuseFixtures.RegisteredPartner partner = fixtures.register(body);
        TestAuthorities authorities = new TestAuthorities(client);
        String slug = authorities.create("webhooks");
        authorities.addMember(slug, "editor.rennes", "EDITOR");
        String editor = TestStack.accessToken("editor.rennes");
        String lot = fixtures.declare(slug, editor, ReuseFixtures.lotBody("TABLET", 15, "2A"));
        fixtures.authorityMove(slug, editor, lot, "offer").expectStatus().isOk();

        Received first = received.poll(30, TimeUnit.SECONDS);
        Received retry = received.poll(30, TimeUnit.SECONDS);
        assertThat(first).isNotNull();
        assertThat(retry).isNotNull();
        assertThat(retry.delivery()).isEqualTo(first.delivery());
        assertThat(retry.body()).contains("\"lotId\":\"" + lot + "\"", "\"event\":\"lot.offered\"");
        assertThat(signatureIsValid(retry, partner.webhookSecret())).isTrue();
        assertThat(signatureIsValid(retry, "whsec_not-the-secret")).isFalse();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> client.get().uri("/public/v1/webhook-deliveries")
                .headers(h -> h.setBearerAuth(partner.token())).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].status").isEqualTo("DELIVERED")
                .jsonPath("$.items[0].attempts").isEqualTo(2)
                .jsonPath("$.items[0].lotId").isEqualTo(lot));
        client.get().uri("/api/v1/partners/{id}/webhook-deliveries", partner.id()).headers(this::operator).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].status").isEqualTo("DELIVERED");
    }

    /** What a partner's receiver does: recompute HMAC-SHA256("t.body") and refuse stale timestamps. */
    private static boolean signatureIsValid(Received request, String secret) throws Exception {
        Map<String, String> parts = new java.util.HashMap<>();
        for (String part : request.signature().split(",")) {
            String[] pair = part.split("=", 2);
            parts.put(pair[0], pair[1]);
        }
        long timestamp = Long.parseLong(parts.get("t"));
        if (Math.abs(Instant.now().getEpochSecond() - timestamp) > 300) {
            return false;
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(
                mac.doFinal((timestamp + "." + request.body()).getBytes(StandardCharsets.UTF_8)));
        return java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                parts.get("v1").getBytes(StandardCharsets.UTF_8));
    }

    private WebTestClient.ResponseSpec review(String slug, String partnerId, String token, int rating,
            String comment) {
        return client.post().uri("/api/v1/authorities/{slug}/partners/{id}/reviews", slug, partnerId)
                .headers(h -> h.setBearerAuth(token)).bodyValue(Map.of("rating", rating, "comment", comment))
                .exchange();
    }

    private void operator(HttpHeaders headers) {
        headers.setBearerAuth(TestStack.accessToken("operator"));
    }
}
