package fr.mutualis.api.plan;

import fr.mutualis.stack.TestStack;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Plans and actions made through the api for tests, as a given demo user. */
final class PlanCalls {

    private static final String PLANS = "/api/v1/authorities/{slug}/plans";

    private final WebTestClient client;

    PlanCalls(WebTestClient client) {
        this.client = client;
    }

    <S extends WebTestClient.RequestHeadersSpec<?>> S as(String user, S request) {
        request.headers(h -> h.setBearerAuth(TestStack.accessToken(user)));
        return request;
    }

    String createPlan(String user, String slug, String title) {
        return as(user, client.post().uri(PLANS, slug))
                .bodyValue(Map.of("title", title, "startYear", 2021, "endYear", 2023)).exchange()
                .expectStatus().isCreated().expectHeader().exists("Location").expectHeader().exists("ETag")
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    String createAction(String user, String slug, String plan, Map<String, Object> action) {
        return as(user, client.post().uri(PLANS + "/{plan}/actions", slug, plan)).bodyValue(action).exchange()
                .expectStatus().isCreated().expectHeader().exists("Location")
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    void publish(String user, String slug, String plan) {
        as(user, client.post().uri(PLANS + "/{plan}/publication", slug, plan))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("visibility", "NETWORK")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("PUBLISHED");
    }
}
