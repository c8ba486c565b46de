package fr.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.stack.DemoData;
import fr.mutualis.stack.TestStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The local stack's demo data, seeded twice through the real api (its jar) and the real Keycloak: afterwards the
 * authorities exist, each demo user's {@code /api/v1/me} lists their authority with the contract's role, and the
 * second run changes nothing.
 */
class DemoDataIntegrationTests {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Test
    void seedsTheDemoAuthoritiesAndMembershipsOnceAndOnlyOnce() {
        DemoData demo = new DemoData(TestStack.api(), TestStack.keycloak());

        demo.seed(); // another test of this JVM may have seeded already: what matters is the state and the rerun
        List<String> second = demo.seed();

        assertThat(second).as("a second run changes nothing").isEmpty();
        for (DemoData.DemoMember member : DemoData.MEMBERS) {
            assertThat(membershipsOf(member.username()))
                    .as(member.username())
                    .contains(member.authority() + "=" + member.role());
        }
        assertThat(directory()).containsAll(DemoData.AUTHORITIES.stream().map(DemoData.DemoAuthority::slug).toList())
                .contains("region-bretagne", "rennes-metropole", "brest-metropole", "ville-de-quimper",
                        "departement-finistere");
    }

    @SuppressWarnings("unchecked")
    private static List<String> membershipsOf(String username) {
        Map<String, Object> me = api().get().uri("/api/v1/me")
                .headers(headers -> headers.setBearerAuth(TestStack.accessToken(username)))
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) me.get("memberships")).stream()
                .map(membership -> membership.get("authority") + "=" + membership.get("role")).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> directory() {
        String token = TestStack.accessToken("viewer.bretagne");
        List<String> slugs = new ArrayList<>();
        String cursor = null;
        do {
            Optional<String> after = Optional.ofNullable(cursor);
            Map<String, Object> answer = api().get()
                    .uri(uri -> uri.path("/api/v1/authorities").queryParam("limit", 200)
                            .queryParamIfPresent("cursor", after).build())
                    .headers(headers -> headers.setBearerAuth(token))
                    .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
            ((List<Map<String, Object>>) answer.get("items")).forEach(item -> slugs.add((String) item.get("slug")));
            cursor = (String) answer.get("nextCursor");
        } while (cursor != null);
        return slugs;
    }

    private static WebTestClient api() {
        return WebTestClient.bindToServer().baseUrl(TestStack.api().toString())
                .responseTimeout(Duration.ofSeconds(30)).build();
    }
}
