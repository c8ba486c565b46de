package fr.mutualis.api.questionnaire.web;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockJwt;

import fr.mutualis.api.questionnaire.Audience;
import fr.mutualis.api.questionnaire.Campaign;
import fr.mutualis.api.questionnaire.CampaignAnswers;
import fr.mutualis.api.questionnaire.CampaignScores;
import fr.mutualis.api.questionnaire.Campaigns;
import fr.mutualis.api.questionnaire.Choice;
import fr.mutualis.api.questionnaire.Question;
import fr.mutualis.api.questionnaire.QuestionKind;
import fr.mutualis.api.questionnaire.QuestionnaireProperties;
import fr.mutualis.api.questionnaire.Questionnaires;
import fr.mutualis.api.shared.security.SecurityProperties;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** The questionnaire routes as a slice: who may call them, and what input is refused before any service runs. */
@WebFluxTest(controllers = {PublicCampaignController.class, QuestionnaireController.class, CampaignController.class},
        properties = "mutualis.security.issuer=http://localhost:1/realms/mutualis")
@Import(QuestionnaireControllerTests.SharedKernel.class)
class QuestionnaireControllerTests {

    private static final String LINK = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_abcde";

    @Autowired
    private WebTestClient client;

    @MockitoBean
    private CampaignAnswers answers;

    @MockitoBean
    private Questionnaires questionnaires;

    @MockitoBean
    private Campaigns campaigns;

    @MockitoBean
    private CampaignScores scores;

    @MockitoBean
    private AuthorityAccess access;

    @Test
    void anyoneReadsTheQuestionnaireBehindALinkWithoutItsAnswers() {
        UUID question = UUID.randomUUID();
        Campaign campaign = new Campaign(UUID.randomUUID(), UUID.randomUUID(), "Région Bretagne", UUID.randomUUID(),
                "Les bases", Audience.AGENTS, Instant.parse("2026-11-01T00:00:00Z"),
                Instant.parse("2026-12-01T00:00:00Z"), LINK, 0, 0);
        given(answers.open(LINK)).willReturn(Mono.just(new CampaignAnswers.OpenCampaign(campaign, Campaign.State.OPEN,
                List.of(new Question(question, campaign.questionnaireId(), 1, QuestionKind.SINGLE, "Quel taux ?",
                        "Secret explanation", "Réemploi", "Secret source", 0,
                        List.of(new Choice(UUID.randomUUID(), 1, "50 %", true)))))));

        client.get().uri("/public/v1/campaigns/{link}", LINK).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.questions[0].text").isEqualTo("Quel taux ?")
                .jsonPath("$.questions[0].choices[0].label").isEqualTo("50 %")
                .jsonPath("$.questions[0].choices[0].correct").doesNotExist()
                .jsonPath("$.questions[0].explanation").doesNotExist()
                .jsonPath("$.questions[0].source").doesNotExist();
    }

    @Test
    void aLinkThatCannotBeOursIsNotFoundWithoutAskingAnything() {
        client.get().uri("/public/v1/campaigns/{link}", "guess").exchange().expectStatus().isNotFound();
        verifyNoInteractions(answers);
    }

    @Test
    void anAnswerWithoutARandomRespondentTokenIsRefusedWithTheFieldNamed() {
        client.post().uri("/public/v1/campaigns/{link}/responses", LINK)
                .bodyValue(Map.of("respondentToken", "me@example.org", "answers", List.of())).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("respondentToken");
        verifyNoInteractions(answers);
    }

    @Test
    void theBanksNeedASignInButNotTheAnswerPages() {
        client.get().uri("/api/v1/questionnaires").exchange().expectStatus().isUnauthorized();
        client.post().uri("/api/v1/questionnaires").bodyValue(Map.of("title", "Banque")).exchange()
                .expectStatus().isUnauthorized();
        verifyNoInteractions(questionnaires);
    }

    @Test
    void aQuestionWithoutExplanationOrSourceIsRefusedBeforeTheService() {
        client.mutateWith(mockJwt().jwt(jwt -> jwt.claim("realm_access", Map.of("roles", List.of("platform-operator")))))
                .post().uri("/api/v1/questionnaires/{id}/questions", UUID.randomUUID())
                .bodyValue(Map.of("kind", "SINGLE", "text", "Quel taux ?", "theme", "Réemploi",
                        "choices", List.of(Map.of("label", "50 %", "correct", true), Map.of("label", "25 %",
                                "correct", false))))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[?(@.field == 'explanation')]").exists()
                .jsonPath("$.errors[?(@.field == 'source')]").exists();
        verifyNoInteractions(questionnaires);
    }

    @Test
    void aCampaignWhoseLastDayComesFirstIsRefusedBeforeAccessIsEvenChecked() {
        client.mutateWith(mockJwt()).post().uri("/api/v1/authorities/{slug}/campaigns", "region-bretagne")
                .bodyValue(Map.of("questionnaireId", UUID.randomUUID().toString(), "audience", "AGENTS",
                        "opensAt", "2027-02-01T00:00:00Z", "closesAt", "2027-01-01T00:00:00Z"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("closesAt");
        verifyNoInteractions(access, campaigns);
    }

    @EnableConfigurationProperties({SecurityProperties.class, QuestionnaireProperties.class})
    @ComponentScan(basePackages = {"fr.mutualis.api.shared.security", "fr.mutualis.api.shared.web"},
            excludeFilters = @ComponentScan.Filter(type = FilterType.REGEX, pattern = ".*OpenApi.*"))
    static class SharedKernel {
    }
}
