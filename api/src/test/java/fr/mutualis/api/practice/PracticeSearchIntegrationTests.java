package fr.mutualis.api.practice;

import static fr.mutualis.api.practice.PracticeFixtures.practice;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import fr.mutualis.stack.TestStack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.codec.EncoderHttpMessageWriter;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.server.WebFilter;

/** The quality of the French search: accents, plurals, stop words, ranking, excerpts, facets and pages. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeSearchIntegrationTests {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    @Autowired
    private ServerCodecConfigurer codecs;

    @Autowired
    private List<WebFilter> filters;

    private String reuse;
    private String printing;
    private String serversInTitle;
    private String serversInBody;
    private String training;

    @BeforeAll
    void aLibrary() {
        TestAuthorities authorities = new TestAuthorities(client);
        PracticeFixtures fixtures = new PracticeFixtures(client);
        String slug = authorities.create("search");
        authorities.addMember(slug, "editor.rennes", "EDITOR");
        reuse = fixtures.publish("editor.rennes", slug, "Le réemploi des ordinateurs portables",
                "Donner une seconde vie aux postes réformés.", "Une convention de cession avec une association.");
        printing = fixtures.publish("editor.rennes", slug, "Réduire les impressions",
                "Moins d'imprimantes, des quotas & du recto verso.", "Un parc d'imprimantes mutualisées.");
        serversInTitle = fixtures.publish("editor.rennes", slug, "Consolider les serveurs",
                "Virtualiser et éteindre.", "Un plan de consolidation sur trois ans.");
        serversInBody = fixtures.publish("editor.rennes", slug, "Mesurer la consommation électrique",
                "Des compteurs par baie.", "Dans la salle, les serveurs anciens consomment le plus.");
        Map<String, Object> course = practice("Former les agents", "Un parcours PIX.", "Ateliers réguliers.",
                "PUBLISHED");
        course.put("theme", "TRAINING_AWARENESS");
        course.put("tags", List.of("formation"));
        training = fixtures.create("editor.rennes", slug, course);
        fixtures.create("editor.rennes", slug, practice("Réemploi en brouillon", "Pas publié.", "Non.", "DRAFT"));
    }

    /** A kept answer's JSON is written once (KeptAnswerEncoder): its encoder is the one chosen for search answers. */
    @Test
    void answersAreWrittenByTheEncoderThatKeepsTheirJson() {
        ResolvableType answer = ResolvableType.forClass(PracticeResults.class);
        HttpMessageWriter<?> chosen = codecs.getWriters().stream()
                .filter(writer -> writer.canWrite(answer, MediaType.APPLICATION_JSON)).findFirst().orElseThrow();
        assertThat(chosen).isInstanceOfSatisfying(EncoderHttpMessageWriter.class,
                writer -> assertThat(writer.getEncoder().getClass().getSimpleName()).isEqualTo("KeptAnswerEncoder"));
        String first = client.get().uri("/api/v1/practices?q=reemploi")
                .headers(h -> h.setBearerAuth(TestStack.accessToken("editor.rennes"))).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(first).contains("\"total\":1").contains(reuse);
    }

    /** Searches take their turn (ADR 24): the filter is in the application, not only in its own tests. */
    @Test
    void searchesGoThroughTheirLine() {
        assertThat(filters).extracting(filter -> filter.getClass().getSimpleName()).contains("SearchAdmission");
    }

    @Test
    void accentsAreIgnored() {
        assertThat(ids("reemploi")).containsExactly(reuse);
        assertThat(ids("RÉEMPLOI")).containsExactly(reuse);
        assertThat(ids("electrique")).containsExactly(serversInBody);
    }

    @Test
    void pluralsAndSingularsFindEachOther() {
        assertThat(ids("impression")).containsExactly(printing);
        assertThat(ids("ordinateur portable")).containsExactly(reuse);
    }

    @Test
    void stopWordsDoNotNarrowTheSearch() {
        assertThat(ids("les impressions")).containsExactly(printing);
        assertThat(ids("pour la consolidation des serveurs")).containsExactly(serversInTitle);
        assertThat(ids("à l'impression")).containsExactly(printing);
    }

    @Test
    void aTitleHitRanksAboveABodyHit() {
        assertThat(ids("serveurs")).containsExactly(serversInTitle, serversInBody);
    }

    @Test
    void excerptsHighlightTheWordsFoundAndEscapeTheText() {
        search("/api/v1/practices?q=quotas").expectBody()
                .jsonPath("$.items[0].excerpt").value(excerpt -> assertThat((String) excerpt)
                        .contains("<mark>quotas</mark>", "&amp; du recto verso").doesNotContain(" & "));
    }

    @Test
    void filtersAndFacets() {
        search("/api/v1/practices?theme=TRAINING_AWARENESS").expectBody()
                .jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(training);
        search("/api/v1/practices?tag=formation").expectBody().jsonPath("$.items[0].id").isEqualTo(training);
        search("/api/v1/practices").expectBody()
                .jsonPath("$.total").isEqualTo(5)
                .jsonPath("$.facets.theme[?(@.value == 'PROCUREMENT')].count").isEqualTo(4)
                .jsonPath("$.facets.theme[?(@.value == 'TRAINING_AWARENESS')].count").isEqualTo(1)
                .jsonPath("$.facets.authorityKind[0].value").isEqualTo("COMMUNE")
                .jsonPath("$.facets.region[0].value").isEqualTo("53");
        search("/api/v1/practices?kind=REGION").expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void pagesFollowEachOtherWithoutRepeats() {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            Map<?, ?> page = search("/api/v1/practices?limit=2" + (cursor == null ? "" : "&cursor=" + cursor))
                    .expectBody(Map.class).returnResult().getResponseBody();
            ((List<?>) page.get("items")).forEach(item -> seen.add((String) ((Map<?, ?>) item).get("id")));
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        assertThat(seen).hasSize(5).doesNotHaveDuplicates().startsWith(training);
        client.get().uri("/api/v1/practices?cursor=not-a-cursor")
                .headers(h -> h.setBearerAuth(TestStack.accessToken("editor.rennes")))
                .exchange().expectStatus().isBadRequest();
    }

    private List<String> ids(String words) {
        Map<?, ?> page = search("/api/v1/practices?q={q}", words).expectBody(Map.class).returnResult().getResponseBody();
        return ((List<?>) page.get("items")).stream().map(item -> (String) ((Map<?, ?>) item).get("id")).toList();
    }

    private WebTestClient.ResponseSpec search(String uri, Object... variables) {
        return client.get().uri(uri, variables).headers(h -> h.setBearerAuth(TestStack.accessToken("editor.rennes")))
                .exchange().expectStatus().isOk();
    }
}
