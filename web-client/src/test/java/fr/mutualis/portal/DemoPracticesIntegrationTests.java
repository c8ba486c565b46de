package fr.mutualis.portal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.stack.DemoData;
import fr.mutualis.stack.TestStack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The demo best practices (issue 7): seeded through the real api with the rest of the demo data, at least 15 published
 * ones that the French search finds, and a second run changes nothing.
 */
class DemoPracticesIntegrationTests {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
    };

    @Test
    void atLeastFifteenPracticesSeededOnceAndFoundByTheFrenchSearch() {
        DemoData demo = new DemoData(TestStack.api(), TestStack.keycloak());

        demo.seed();
        assertThat(demo.seed()).as("a second run changes nothing").isEmpty();

        assertThat(search("")).containsEntry("total", 16);
        assertThat(titles(search("reemploi"))).contains("Confier les postes réformés à une association de réemploi");
        assertThat(titles(search("imprimantes"))).first().isEqualTo("Passer à une imprimante partagée pour 25 agents");
        assertThat(titles(search("mediatheque"))).contains("Ouvrir des ateliers numériques dans les médiathèques");
    }

    private static Map<String, Object> search(String words) {
        return WebTestClient.bindToServer().baseUrl(TestStack.api().toString()).build().get()
                .uri("/api/v1/practices?q={q}", words)
                .headers(headers -> headers.setBearerAuth(TestStack.accessToken("viewer.bretagne")))
                .exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private static List<String> titles(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(item -> (String) item.get("title")).toList();
    }
}
