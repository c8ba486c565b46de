package fr.mutualis.api.plan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
import fr.mutualis.stack.TestStack;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Plans and actions through the real api, PostgreSQL and Keycloak: writing, roll-up, ETags, history, privacy. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlansIntegrationTests {

    static final String PLANS = "/api/v1/authorities/{slug}/plans";

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    private PlanCalls calls;
    private String region;
    private String metropole;

    @BeforeAll
    void twoAuthorities() {
        TestAuthorities authorities = new TestAuthorities(client);
        region = authorities.create("plans-region");
        metropole = authorities.create("plans-metro");
        authorities.addMember(region, "editor.bretagne", "EDITOR");
        authorities.addMember(region, "viewer.bretagne", "VIEWER");
        authorities.addMember(metropole, "editor.rennes", "EDITOR");
        calls = new PlanCalls(client);
    }

    @Test
    void anEditorWritesAPlanWhoseProgressRollsUpFromSubActionsToThePlan() {
        String plan = calls.createPlan("editor.bretagne", region, "Plan numérique responsable 2021-2023");
        String parent = calls.createAction("editor.bretagne", region, plan, Map.of("title", "Généraliser le réemploi",
                "theme", "END_OF_LIFE", "progress", 10));
        calls.createAction("editor.bretagne", region, plan, Map.of("title", "Don aux associations",
                "theme", "END_OF_LIFE", "progress", 100, "parentActionId", parent));
        calls.createAction("editor.bretagne", region, plan, Map.of("title", "Achat de matériel reconditionné",
                "theme", "PROCUREMENT", "progress", 50, "parentActionId", parent));
        calls.createAction("editor.bretagne", region, plan, Map.of("title", "Former les agents",
                "theme", "TRAINING_AWARENESS", "progress", 25));
        calls.createAction("editor.bretagne", region, plan, Map.of("title", "Abandonnée",
                "theme", "USAGE", "progress", 0, "status", "ABANDONED"));

        calls.as("editor.bretagne", client.get().uri(PLANS + "/{plan}/actions/{action}", region, plan, parent))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.progress").isEqualTo(10).jsonPath("$.rolledUpProgress").isEqualTo(75);
        // (75 + 25) / 2: the abandoned action does not count.
        calls.as("editor.bretagne", client.get().uri(PLANS + "/{plan}", region, plan)).exchange()
                .expectStatus().isOk().expectHeader().exists("ETag")
                .expectBody().jsonPath("$.progress").isEqualTo(50).jsonPath("$.actionCount").isEqualTo(5)
                .jsonPath("$.status").isEqualTo("DRAFT");
    }

    @Test
    void aSubActionCannotHaveSubActionsNorAParentInAnotherPlan() {
        String plan = calls.createPlan("editor.bretagne", region, "Plan à deux niveaux");
        String other = calls.createPlan("editor.bretagne", region, "Autre plan");
        String parent = calls.createAction("editor.bretagne", region, plan, Map.of("title", "Parent", "theme", "USAGE"));
        String child = calls.createAction("editor.bretagne", region, plan, Map.of("title", "Enfant", "theme", "USAGE",
                "parentActionId", parent));

        calls.as("editor.bretagne", client.post().uri(PLANS + "/{plan}/actions", region, plan))
                .bodyValue(Map.of("title", "Petit-enfant", "theme", "USAGE", "parentActionId", child)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("parentActionId");
        calls.as("editor.bretagne", client.post().uri(PLANS + "/{plan}/actions", region, other))
                .bodyValue(Map.of("title", "Ailleurs", "theme", "USAGE", "parentActionId", parent)).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void theSecondOfTwoConcurrentEditsGets412AndTheHistorySaysWhoChangedWhat() {
        String plan = calls.createPlan("editor.bretagne", region, "Plan concurrent");
        String action = calls.createAction("editor.bretagne", region, plan, Map.of("title", "Imprimer moins",
                "theme", "USAGE"));
        String etag = calls.as("editor.bretagne", client.get().uri(PLANS + "/{p}/actions/{a}", region, plan, action))
                .exchange().expectStatus().isOk().returnResult(String.class).getResponseHeaders().getETag();

        calls.as("editor.bretagne", client.patch().uri(PLANS + "/{p}/actions/{a}", region, plan, action))
                .header("If-Match", etag).bodyValue(Map.of("progress", 40, "pilot", "DSI")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.progress").isEqualTo(40);
        calls.as("editor.bretagne", client.patch().uri(PLANS + "/{p}/actions/{a}", region, plan, action))
                .header("If-Match", etag).bodyValue(Map.of("progress", 60)).exchange()
                .expectStatus().isEqualTo(412)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mutualis:problem:precondition-failed");

        calls.as("viewer.bretagne", client.get().uri(PLANS + "/{p}/actions/{a}/history", region, plan, action))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(2)
                .jsonPath("$[0].kind").isEqualTo("UPDATED")
                .jsonPath("$[0].changes.progress.from").isEqualTo("0")
                .jsonPath("$[0].changes.progress.to").isEqualTo("40")
                .jsonPath("$[0].changes.pilot.to").isEqualTo("DSI")
                .jsonPath("$[0].changes.title").doesNotExist()
                .jsonPath("$[0].actorName").isNotEmpty()
                .jsonPath("$[1].kind").isEqualTo("CREATED");
    }

    @Test
    void aStalePlanEditOrDeletionGets412() {
        String plan = calls.createPlan("editor.bretagne", region, "Plan à renommer");
        calls.as("editor.bretagne", client.patch().uri(PLANS + "/{p}", region, plan)).header("If-Match", "\"99\"")
                .bodyValue(Map.of("title", "Nouveau titre")).exchange().expectStatus().isEqualTo(412);
        calls.as("editor.bretagne", client.delete().uri(PLANS + "/{p}", region, plan)).header("If-Match", "\"99\"")
                .exchange().expectStatus().isEqualTo(412);
        calls.as("editor.bretagne", client.patch().uri(PLANS + "/{p}", region, plan)).header("If-Match", "\"0\"")
                .bodyValue(Map.of("title", "Nouveau titre", "labelTarget", "INR_LEVEL_2")).exchange()
                .expectStatus().isOk().expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.title").isEqualTo("Nouveau titre");
    }

    @Test
    void badInputNamesTheField() {
        calls.as("editor.bretagne", client.post().uri(PLANS, region))
                .bodyValue(Map.of("title", "Plan", "startYear", 2025, "endYear", 2023)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("endYear");
        String plan = calls.createPlan("editor.bretagne", region, "Plan des erreurs");
        calls.as("editor.bretagne", client.post().uri(PLANS + "/{p}/actions", region, plan))
                .bodyValue(Map.of("title", "Mesurer", "theme", "MEASUREMENT", "progress", 150,
                        "indicators", List.of(Map.of("code", "pas un code")))).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[?(@.field == 'progress')]").exists()
                .jsonPath("$.errors[?(@.field == 'indicators[0].code')]").exists();
        calls.as("editor.bretagne", client.post().uri(PLANS + "/{p}/actions", region, plan))
                .bodyValue(Map.of("title", "Mesurer", "theme", "NOT_A_THEME")).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void aViewerReadsButDoesNotWrite() {
        String plan = calls.createPlan("editor.bretagne", region, "Plan en lecture");
        calls.as("viewer.bretagne", client.get().uri(PLANS + "/{p}", region, plan)).exchange().expectStatus().isOk();
        calls.as("viewer.bretagne", client.post().uri(PLANS, region))
                .bodyValue(Map.of("title", "Plan", "startYear", 2025, "endYear", 2027)).exchange()
                .expectStatus().isForbidden();
        calls.as("viewer.bretagne", client.post().uri(PLANS + "/{p}/actions", region, plan))
                .bodyValue(Map.of("title", "Action", "theme", "USAGE")).exchange().expectStatus().isForbidden();
        calls.as("viewer.bretagne", client.post().uri(PLANS + "/{p}/publication", region, plan))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of()).exchange().expectStatus().isForbidden();
    }

    @Test
    void aDraftIsPrivateUntilPublishedThenReadableButNeverWritableByAnotherAuthority() {
        String plan = calls.createPlan("editor.bretagne", region, "Plan bientôt publié");
        String action = calls.createAction("editor.bretagne", region, plan, Map.of("title", "Stratégie datacenter",
                "theme", "DATA_CENTRES_HOSTING"));

        calls.as("editor.rennes", client.get().uri(PLANS + "/{p}", region, plan)).exchange().expectStatus().isNotFound();
        calls.as("editor.rennes", client.get().uri(PLANS + "/{p}/actions/{a}", region, plan, action)).exchange()
                .expectStatus().isNotFound();
        calls.as("editor.rennes", client.get().uri(PLANS + "/{p}/reen-coverage", region, plan)).exchange()
                .expectStatus().isNotFound();
        calls.as("editor.rennes", client.get().uri(PLANS + "/{p}", region, plan)).accept(MediaType.parseMediaType(
                "text/csv")).exchange().expectStatus().isNotFound();
        calls.as("editor.rennes", client.get().uri(PLANS, region)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + plan + "')]").doesNotExist();

        calls.publish("editor.bretagne", region, plan);

        calls.as("editor.rennes", client.get().uri(PLANS + "/{p}", region, plan)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("PUBLISHED").jsonPath("$.publishedAt").isNotEmpty();
        calls.as("editor.rennes", client.get().uri(PLANS + "/{p}/actions", region, plan)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].id").isEqualTo(action);
        calls.as("editor.rennes", client.get().uri(PLANS, region)).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + plan + "')]").exists();
        calls.as("editor.rennes", client.patch().uri(PLANS + "/{p}/actions/{a}", region, plan, action))
                .bodyValue(Map.of("title", "Détourné")).exchange().expectStatus().isNotFound();
        calls.as("editor.rennes", client.get().uri(PLANS + "/{p}/actions/{a}/history", region, plan, action))
                .exchange().expectStatus().isNotFound();
        calls.as("editor.bretagne", client.get().uri(PLANS + "/{p}/actions/{a}", region, plan, action)).exchange()
                .expectBody().jsonPath("$.title").isEqualTo("Stratégie datacenter");
    }

    @Test
    void theReenChecklistSaysWhichStrategyThemesAreCoveredAndWhatIsMissing() {
        String plan = calls.createPlan("editor.bretagne", region, "Plan REEN");
        calls.createAction("editor.bretagne", region, plan, Map.of("title", "Former les agents et les élus",
                "theme", "TRAINING_AWARENESS", "objective", "80 % des agents formés en 2025",
                "indicators", List.of(Map.of("code", "AGENTS_TRAINED", "target", 80, "targetYear", 2025))));
        calls.createAction("editor.bretagne", region, plan, Map.of("title", "Acheter reconditionné",
                "theme", "PROCUREMENT", "indicators", List.of(Map.of("code", "REUSE_PURCHASE_SHARE"))));

        calls.as("viewer.bretagne", client.get().uri(PLANS + "/{p}/reen-coverage", region, plan)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.of").isEqualTo(6)
                .jsonPath("$.covered").isEqualTo(1)
                .jsonPath("$.themes[3].theme").isEqualTo("AWARENESS")
                .jsonPath("$.themes[3].missing.length()").isEqualTo(0)
                .jsonPath("$.themes[0].theme").isEqualTo("SUSTAINABLE_PROCUREMENT")
                .jsonPath("$.themes[0].actions").isEqualTo(1)
                .jsonPath("$.themes[0].missing[0]").isEqualTo("OBJECTIVE")
                .jsonPath("$.themes[0].missing[1]").isEqualTo("INDICATOR_TARGET")
                .jsonPath("$.themes[4].missing[0]").isEqualTo("ACTION")
                .jsonPath("$.themes[0].source").value(source -> assertThat(source.toString()).contains("2021-1485"));
    }

    @Test
    void aDeletedPlanTakesItsActionsWithIt() {
        String plan = calls.createPlan("editor.bretagne", region, "Plan à supprimer");
        calls.createAction("editor.bretagne", region, plan, Map.of("title", "Action", "theme", "USAGE"));
        calls.as("editor.bretagne", client.delete().uri(PLANS + "/{p}", region, plan)).exchange()
                .expectStatus().isNoContent();
        calls.as("editor.bretagne", client.get().uri(PLANS + "/{p}/actions", region, plan)).exchange()
                .expectStatus().isNotFound();
    }

    static String token(String user) {
        return TestStack.accessToken(user);
    }
}
