package fr.mutualis.api.plan;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Sharing: the network view, adoption of another authority's published action, and adoption of a practice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanSharingIntegrationTests {

    private static final String PLANS = PlansIntegrationTests.PLANS;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    private PlanCalls calls;
    private String region;
    private String metropole;
    private String publishedPlan;
    private String sharedAction;
    private String draftAction;
    private String metropolePlan;

    @BeforeAll
    void aRegionWithAPublishedPlanAndAMetropoleWithADraft() {
        TestAuthorities authorities = new TestAuthorities(client);
        region = authorities.create("share-region");
        metropole = authorities.create("share-metro");
        authorities.addMember(region, "editor.bretagne", "EDITOR");
        authorities.addMember(metropole, "editor.rennes", "EDITOR");
        calls = new PlanCalls(client);
        publishedPlan = calls.createPlan("editor.bretagne", region, "Plan régional publié");
        sharedAction = calls.createAction("editor.bretagne", region, publishedPlan, Map.of(
                "title", "Repenser l'achat des mobiles professionnels", "theme", "PROCUREMENT",
                "description", "Moins de modèles, plus longtemps", "pilot", "Direction des achats", "progress", 60,
                "indicators", java.util.List.of(Map.of("code", "EQ_PER_AGENT", "target", 1.2, "targetYear", 2024))));
        calls.publish("editor.bretagne", region, publishedPlan);
        String draftPlan = calls.createPlan("editor.bretagne", region, "Brouillon régional");
        draftAction = calls.createAction("editor.bretagne", region, draftPlan, Map.of("title", "Secret",
                "theme", "USAGE"));
        metropolePlan = calls.createPlan("editor.rennes", metropole, "Plan de la métropole");
    }

    @Test
    void anEditorAdoptsAPublishedActionAndTheSourceCountsTheAdoption() {
        calls.as("editor.rennes", client.post().uri(PLANS + "/{p}/adoptions", metropole, metropolePlan))
                .bodyValue(Map.of("sourceActionId", sharedAction)).exchange()
                .expectStatus().isCreated().expectHeader().exists("Location")
                .expectBody()
                .jsonPath("$.title").isEqualTo("Repenser l'achat des mobiles professionnels")
                .jsonPath("$.theme").isEqualTo("PROCUREMENT")
                .jsonPath("$.progress").isEqualTo(0)
                .jsonPath("$.pilot").doesNotExist()
                .jsonPath("$.indicators[0].code").isEqualTo("EQ_PER_AGENT")
                .jsonPath("$.adoptedFrom.kind").isEqualTo("ACTION")
                .jsonPath("$.adoptedFrom.id").isEqualTo(sharedAction)
                .jsonPath("$.adoptedFrom.authority").isEqualTo(region);

        calls.as("editor.rennes", client.get().uri(PLANS + "/{p}/actions/{a}", region, publishedPlan, sharedAction))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.adopters[?(@.slug == '" + metropole + "')]").exists();
    }

    @Test
    void aDraftActionCannotBeAdoptedNorCanSomeoneAdoptIntoAnotherAuthoritysPlan() {
        calls.as("editor.rennes", client.post().uri(PLANS + "/{p}/adoptions", metropole, metropolePlan))
                .bodyValue(Map.of("sourceActionId", draftAction)).exchange().expectStatus().isNotFound();
        calls.as("editor.rennes", client.post().uri(PLANS + "/{p}/adoptions", region, publishedPlan))
                .bodyValue(Map.of("sourceActionId", sharedAction)).exchange().expectStatus().isNotFound();
        calls.as("editor.bretagne", client.post().uri(PLANS + "/{p}/adoptions", region, publishedPlan))
                .bodyValue(Map.of("sourceActionId", sharedAction)).exchange().expectStatus().isBadRequest();
    }

    @Test
    void withoutTheBestPracticeModuleAPracticeIsNotFound() {
        calls.as("editor.rennes", client.post().uri(PLANS + "/{p}/adoptions", metropole, metropolePlan))
                .bodyValue(Map.of("practiceId", UUID.randomUUID())).exchange()
                .expectStatus().isNotFound().expectBody().jsonPath("$.detail").value(detail ->
                        org.assertj.core.api.Assertions.assertThat(detail.toString()).contains("practice"));
        calls.as("editor.rennes", client.post().uri(PLANS + "/{p}/adoptions", metropole, metropolePlan))
                .bodyValue(Map.of()).exchange().expectStatus().isBadRequest();
    }

    @Test
    void theNetworkViewListsPublishedPlansOnlyFilteredAndPaged() {
        String second = calls.createPlan("editor.rennes", metropole, "Second plan publié");
        calls.createAction("editor.rennes", metropole, second, Map.of("title", "Inclusion", "theme",
                "DIGITAL_INCLUSION"));
        calls.publish("editor.rennes", metropole, second);

        calls.as("editor.rennes", client.get().uri("/api/v1/plans?theme=PROCUREMENT")).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '" + publishedPlan + "')].authority.slug").isEqualTo(region)
                .jsonPath("$.items[?(@.id == '" + second + "')]").doesNotExist()
                .jsonPath("$.items[?(@.title == 'Brouillon régional')]").doesNotExist();
        calls.as("editor.rennes", client.get().uri("/api/v1/plans?kind=REGION")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
        calls.as("editor.rennes", client.get().uri("/api/v1/plans?region=53&kind=COMMUNE")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(2);
        String cursor = calls.as("editor.rennes", client.get().uri("/api/v1/plans?limit=1")).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("nextCursor")
                .toString();
        calls.as("editor.rennes", client.get().uri("/api/v1/plans?limit=1&cursor={c}", cursor)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].id").isEqualTo(publishedPlan);
        calls.as("editor.rennes", client.get().uri("/api/v1/plans?cursor=bm9wZQ")).exchange()
                .expectStatus().isBadRequest();
    }
}
