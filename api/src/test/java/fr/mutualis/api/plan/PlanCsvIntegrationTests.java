package fr.mutualis.api.plan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.api.TestAuthorities;
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

/** CSV import (all or nothing, every error listed), its preview, and the export that reads back. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient(timeout = "30s")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanCsvIntegrationTests {

    private static final String PLANS = PlansIntegrationTests.PLANS;
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    private PlanCalls calls;
    private String slug;

    @BeforeAll
    void anAuthorityWithAnEditor() {
        TestAuthorities authorities = new TestAuthorities(client);
        slug = authorities.create("csv");
        authorities.addMember(slug, "editor.bretagne", "EDITOR");
        calls = new PlanCalls(client);
    }

    @Test
    void aFileWithErrorsListsThemAllAndImportsNothing() {
        String csv = """
                Titre;Thème;Statut;Avancement;Échéance
                Former les agents;Formation et sensibilisation;en cours;40;31/12/2024
                X;Inconnu;fini;150;demain
                """;
        calls.as("editor.bretagne", client.post().uri(PLANS + "/import-preview", slug)).contentType(CSV)
                .bodyValue(csv).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.actions.length()").isEqualTo(2)
                .jsonPath("$.errors.length()").isEqualTo(5)
                .jsonPath("$.errors[?(@.line == 3 && @.field == 'theme')]").exists()
                .jsonPath("$.errors[?(@.line == 3 && @.field == 'dueDate')]").exists();
        calls.as("editor.bretagne", client.post().uri(PLANS + "?title={t}&startYear=2024&endYear=2026", slug,
                        "Plan importé")).contentType(CSV).bodyValue(csv).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.type").isEqualTo("urn:mutualis:problem:invalid-csv")
                .jsonPath("$.errors.length()").isEqualTo(5)
                .jsonPath("$.errors[0].field").isEqualTo("line 3: title");
        calls.as("editor.bretagne", client.get().uri(PLANS, slug)).exchange().expectBody()
                .jsonPath("$.items[?(@.title == 'Plan importé')]").doesNotExist();
    }

    @Test
    void aCleanFileWithCommasAndEnglishHeadersIsImportedThenExportedBack() {
        String csv = "\uFEFFtitle,theme,status,priority,budget,progress,description\r\n"
                + "Stratégie d'impression,USAGE,IN_PROGRESS,haute,\"12 000,50\",30,\"Moins d'imprimantes, \"\"partagées\"\"\"\r\n"
                + "Reconditionnement,Fin de vie (réemploi recyclage),DONE,LOW,,100,\r\n";
        String plan = calls.as("editor.bretagne", client.post().uri(
                        PLANS + "?title={t}&startYear=2024&endYear=2026", slug, "Plan du tableur"))
                .contentType(CSV).bodyValue(csv).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();

        calls.as("editor.bretagne", client.get().uri(PLANS + "/{p}/actions", slug, plan)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(2)
                .jsonPath("$.items[0].budget").isEqualTo(12000.5)
                .jsonPath("$.items[0].priority").isEqualTo("HIGH")
                .jsonPath("$.items[1].theme").isEqualTo("END_OF_LIFE");
        String exported = calls.as("editor.bretagne", client.get().uri(PLANS + "/{p}", slug, plan))
                .accept(MediaType.parseMediaType("text/csv")).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv")
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(exported).contains("Titre;Description;Objectif;Thème").contains("12000.50")
                .contains("\"Moins d'imprimantes, \"\"partagées\"\"\"");
        assertThat(PlanCsv.parse(exported).errors()).isEmpty();
        assertThat(PlanCsv.parse(exported).actions()).hasSize(2);
    }
}
