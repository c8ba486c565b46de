package fr.mutualis.api.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import fr.mutualis.stack.TestStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Lots through the real api, PostgreSQL (row-level security) and Keycloak (partner client-credentials tokens). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LotsIntegrationTests {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    private ReuseFixtures fixtures;
    private String slug;
    private String editor;
    private String finistereLaptops;
    private String finistereLaptopsToo;
    private String illeEtVilaine;
    private String finistereDesktopsOnly;

    @BeforeAll
    void anAuthorityAndFourPartners() {
        client = client.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build(); // a shared, busy CPU
        TestAuthorities authorities = new TestAuthorities(client);
        slug = authorities.create("lots");
        authorities.addMember(slug, "editor.rennes", "EDITOR");
        editor = TestStack.accessToken("editor.rennes");
        fixtures = new ReuseFixtures(client);
        finistereLaptops = fixtures.register(ReuseFixtures.partnerBody("Atelier 29 A", List.of("29", "22"),
                List.of("LAPTOP", "DESKTOP"))).token();
        finistereLaptopsToo = fixtures.register(ReuseFixtures.partnerBody("Atelier 29 B", List.of("29"),
                List.of("LAPTOP"))).token();
        illeEtVilaine = fixtures.register(ReuseFixtures.partnerBody("Atelier 35", List.of("35"),
                List.of("LAPTOP", "DESKTOP"))).token();
        finistereDesktopsOnly = fixtures.register(ReuseFixtures.partnerBody("Atelier 29 PC", List.of("29"),
                List.of("DESKTOP"))).token();
    }

    static Stream<Arguments> everyMoveFromEveryStatus() {
        List<Arguments> moves = new ArrayList<>();
        for (LotStatus from : LotStatus.values()) {
            for (String action : List.of("offer", "claim", "collection", "outcome", "cancellation")) {
                moves.add(Arguments.of(from, action));
            }
        }
        return moves.stream();
    }

    @ParameterizedTest(name = "{1} on a {0} lot")
    @MethodSource("everyMoveFromEveryStatus")
    void onlyTheMovesOfTheStateMachineAreAllowedEveryOtherIs409(LotStatus from, String action) {
        String lot = fixtures.lotIn(from.name(), slug, editor, finistereLaptops);
        LotStatus target = switch (action) {
            case "offer" -> LotStatus.OFFERED;
            case "claim" -> LotStatus.CLAIMED;
            case "collection" -> LotStatus.COLLECTED;
            case "outcome" -> LotStatus.PROCESSED;
            default -> LotStatus.CANCELLED;
        };
        WebTestClient.ResponseSpec response = switch (action) {
            case "claim" -> fixtures.claim(finistereLaptops, lot);
            case "outcome" -> fixtures.outcome(finistereLaptops, lot, 10, 0, 0, 0, "CERT-2");
            default -> fixtures.authorityMove(slug, editor, lot, action);
        };
        if (from.canMoveTo(target)) {
            response.expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo(target.name());
        } else if (from == LotStatus.DECLARED && (action.equals("claim") || action.equals("outcome"))) {
            response.expectStatus().isNotFound(); // never offered: partners cannot see it at all
        } else {
            response.expectStatus().isEqualTo(409).expectBody()
                    .jsonPath("$.currentStatus").isEqualTo(from.name());
        }
    }

    @Test
    void parallelClaimsGiveExactlyOneWinner() throws Exception {
        for (int round = 0; round < 5; round++) {
            String lot = fixtures.lotIn("OFFERED", slug, editor, finistereLaptops);
            List<Callable<Integer>> claims = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String token = i % 2 == 0 ? finistereLaptops : finistereLaptopsToo;
                claims.add(() -> fixtures.claim(token, lot).returnResult(String.class).getStatus().value());
            }
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> done : pool.invokeAll(claims)) {
                statuses.add(done.get());
            }
            pool.shutdown();
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(15);
        }
    }

    @Test
    void aPartnerSeesAndClaimsOnlyOfferedLotsOfItsDepartementsAndCategories() {
        String laptops = fixtures.lotIn("OFFERED", slug, editor, finistereLaptops);
        String declared = fixtures.lotIn("DECLARED", slug, editor, finistereLaptops);

        assertThat(offeredIds(finistereLaptopsToo)).contains(laptops).doesNotContain(declared);
        assertThat(offeredIds(illeEtVilaine)).doesNotContain(laptops);
        assertThat(offeredIds(finistereDesktopsOnly)).doesNotContain(laptops);

        for (String outsider : List.of(illeEtVilaine, finistereDesktopsOnly)) {
            client.get().uri("/public/v1/lots/{id}", laptops).headers(h -> h.setBearerAuth(outsider)).exchange()
                    .expectStatus().isNotFound();
            fixtures.claim(outsider, laptops).expectStatus().isNotFound();
        }
        fixtures.claim(finistereLaptopsToo, laptops).expectStatus().isOk()
                .expectBody().jsonPath("$.partnerName").isEqualTo("Atelier 29 B");
        assertThat(offeredIds(finistereLaptops)).doesNotContain(laptops);
    }

    @Test
    void theOutcomeAddsUpToTheQuantityAndProvesErasure() {
        String lot = fixtures.lotIn("COLLECTED", slug, editor, finistereLaptops);

        fixtures.outcome(finistereLaptops, lot, 5, 4, 0, 0, "CERT-3").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("reused");
        fixtures.outcome(finistereLaptops, lot, 5, 5, 0, 0, null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("erasureCertificateRef");
        fixtures.outcome(finistereLaptopsToo, lot, 5, 5, 0, 0, "CERT-3").expectStatus().isEqualTo(409);
        fixtures.outcome(illeEtVilaine, lot, 5, 5, 0, 0, "CERT-3").expectStatus().isNotFound();
        fixtures.outcome(finistereLaptops, lot, 5, 5, 0, 0, "CERT-3").expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("PROCESSED")
                .jsonPath("$.outcome.refurbished").isEqualTo(5);

        client.get().uri("/api/v1/authorities/{slug}/lots/{id}", slug, lot).headers(h -> h.setBearerAuth(editor))
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.timeline[*].status").isEqualTo(List.of("DECLARED", "OFFERED", "CLAIMED", "COLLECTED",
                        "PROCESSED"))
                .jsonPath("$.timeline[2].actor").isEqualTo("Atelier 29 A");
    }

    @Test
    void personsAndPartnersEachStayOnTheirSideOfTheApi() {
        client.get().uri("/public/v1/lots").headers(h -> h.setBearerAuth(editor)).exchange()
                .expectStatus().isForbidden();
        client.get().uri("/public/v1/lots").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/v1/authorities/{slug}/lots", slug).headers(h -> h.setBearerAuth(finistereLaptops))
                .exchange().expectStatus().isForbidden();
        client.get().uri("/api/v1/me").headers(h -> h.setBearerAuth(finistereLaptops)).exchange()
                .expectStatus().isForbidden();
        client.get().uri("/public/v1/lots?status=DECLARED").headers(h -> h.setBearerAuth(finistereLaptops))
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    @SuppressWarnings("unchecked")
    void internalRedeploymentGoesOnlyToStandardServices() {
        String vital = service("Urgences informatiques", "VITAL", List.of("LAPTOP"));
        String standard = service("Lycées – prêt aux élèves", "STANDARD", List.of("LAPTOP"));
        Map<String, Object> body = new java.util.HashMap<>(ReuseFixtures.lotBody("LAPTOP", 12, "29"));
        body.put("destination", "INTERNAL_REDEPLOYMENT");
        String lot = fixtures.declare(slug, editor, body);
        fixtures.authorityMove(slug, editor, lot, "offer").expectStatus().isOk();

        assertThat(offeredIds(finistereLaptops)).doesNotContain(lot);
        fixtures.claim(finistereLaptops, lot).expectStatus().isNotFound();
        client.get().uri("/api/v1/authorities/{slug}/lots/{id}/suggestions", slug, lot)
                .headers(h -> h.setBearerAuth(editor)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[*].tier").value(tiers -> assertThat((List<Object>) tiers).containsOnly("STANDARD"));
        assign(lot, vital).expectStatus().isEqualTo(409);
        assign(lot, standard).expectStatus().isOk().expectBody().jsonPath("$.serviceId").isEqualTo(standard);
    }

    private WebTestClient.ResponseSpec assign(String lot, String service) {
        return client.post().uri("/api/v1/authorities/{slug}/lots/{id}/assignment", slug, lot)
                .headers(h -> h.setBearerAuth(editor)).bodyValue(Map.of("serviceId", service)).exchange();
    }

    private String service(String name, String tier, List<String> needs) {
        return client.post().uri("/api/v1/authorities/{slug}/services", slug).headers(h -> h.setBearerAuth(editor))
                .bodyValue(Map.of("name", name, "tier", tier, "agents", 40, "needs", needs)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id")
                .toString();
    }

    @SuppressWarnings("unchecked")
    private List<String> offeredIds(String partnerToken) {
        Map<String, Object> page = client.get().uri("/public/v1/lots?status=OFFERED&limit=200")
                .headers(h -> h.setBearerAuth(partnerToken)).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) page.get("items")).stream().map(lot -> (String) lot.get("id")).toList();
    }
}
