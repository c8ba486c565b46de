package fr.mutualis.api.practice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import fr.mutualis.stack.TestStack;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Endorsements (one per authority), comments, reports and the operator's moderation, and the last visit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiscussionsIntegrationTests {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    private PracticeFixtures fixtures;
    private String author;
    private String reader;

    @BeforeAll
    void anAuthorAndAReader() {
        TestAuthorities authorities = new TestAuthorities(client);
        fixtures = new PracticeFixtures(client);
        author = authorities.create("discuss-a");
        reader = authorities.create("discuss-b");
        authorities.addMember(author, "editor.rennes", "EDITOR");
        authorities.addMember(reader, "viewer.quimper", "VIEWER");
        authorities.addMember(reader, "editor.bretagne", "EDITOR");
    }

    @Test
    void oneEndorsementPerAuthorityWithdrawable() {
        String id = fixtures.publish("editor.rennes", author, "Recto verso", "Par défaut.", "Partout.");
        String endorse = "/api/v1/practices/{id}/endorsement?authority={slug}";

        as("viewer.quimper", client.post().uri(endorse, id, reader)).exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.endorsements").isEqualTo(1).jsonPath("$.endorsed").isEqualTo(true);
        as("editor.bretagne", client.post().uri(endorse, id, reader)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.endorsements").isEqualTo(1);
        as("editor.rennes", client.post().uri(endorse, id, author)).exchange().expectStatus().isEqualTo(409);
        as("editor.rennes", client.post().uri(endorse, id, reader)).exchange().expectStatus().isNotFound();
        as("editor.rennes", client.get().uri("/api/v1/practices/{id}", id)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.endorsements").isEqualTo(1).jsonPath("$.endorsedBy[0].slug").isEqualTo(reader);

        as("viewer.quimper", client.delete().uri(endorse, id, reader)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.endorsements").isEqualTo(0).jsonPath("$.endorsed").isEqualTo(false);
        as("viewer.quimper", client.delete().uri(endorse, id, reader)).exchange().expectStatus().isOk();
    }

    @Test
    void agentsOfAnyAuthorityDiscussAndTheOperatorHidesAReportedComment() {
        String id = fixtures.publish("editor.rennes", author, "Atelier numérique", "Pour les habitants.", "Chaque mois.");
        String comments = "/api/v1/practices/{id}/comments";
        String question = as("viewer.quimper", client.post().uri(comments + "?authority={slug}", id, reader))
                .bodyValue(Map.of("body", "Combien de participants par atelier ?")).exchange()
                .expectStatus().isCreated().expectHeader().exists("Location")
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        as("editor.rennes", client.post().uri(comments + "?authority={slug}", id, author))
                .bodyValue(Map.of("body", "Douze au plus.")).exchange().expectStatus().isCreated();

        as("editor.rennes", client.post().uri(comments + "/{c}/reports?authority={slug}", id, question, author))
                .bodyValue(Map.of("reason", "Hors sujet")).exchange().expectStatus().isCreated();
        as("editor.rennes", client.post().uri(comments + "/{c}/reports?authority={slug}", id, question, author))
                .bodyValue(Map.of("reason", "Hors sujet")).exchange().expectStatus().isOk();
        as("editor.rennes", client.put().uri(comments + "/{c}/moderation", id, question))
                .bodyValue(Map.of("hidden", true)).exchange().expectStatus().isForbidden();
        as("operator", client.put().uri(comments + "/{c}/moderation", id, question))
                .bodyValue(Map.of("hidden", true)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.hidden").isEqualTo(true).jsonPath("$.reports").isEqualTo(1);

        as("editor.bretagne", client.get().uri(comments, id)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].hidden").isEqualTo(true).jsonPath("$.items[0].body").isEmpty()
                .jsonPath("$.items[0].reports").isEmpty()
                .jsonPath("$.items[1].body").isEqualTo("Douze au plus.")
                .jsonPath("$.items[1].authority.slug").isEqualTo(author);
        as("operator", client.get().uri(comments, id)).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items[0].body").isEqualTo("Combien de participants par atelier ?");
    }

    @Test
    void emptyCommentsAreRefused() {
        String id = fixtures.publish("editor.rennes", author, "Sobriété", "Résumé.", "Corps.");
        as("viewer.quimper", client.post().uri("/api/v1/practices/{id}/comments?authority={slug}", id, reader))
                .bodyValue(Map.of("body", "  ")).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
    }

    @Test
    void theLastVisitIsKeptPerPersonOnTheServer() {
        Map<?, ?> first = as("viewer.quimper", client.put().uri("/api/v1/me/network-visit")).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> again = as("viewer.quimper", client.put().uri("/api/v1/me/network-visit")).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(first.get("firstVisit")).isEqualTo(true);
        assertThat(OffsetDateTime.parse((String) first.get("since"))).isBefore(OffsetDateTime.now().minusDays(29));
        // A reload within the hour is the same visit: the baseline does not move.
        assertThat(again.get("since")).isEqualTo(first.get("since"));
    }

    private WebTestClient.RequestHeadersSpec<?> as(String username, WebTestClient.RequestHeadersSpec<?> request) {
        return request.headers(h -> h.setBearerAuth(TestStack.accessToken(username)));
    }

    private WebTestClient.RequestBodySpec as(String username, WebTestClient.RequestBodySpec request) {
        return request.headers(h -> h.setBearerAuth(TestStack.accessToken(username)));
    }
}
