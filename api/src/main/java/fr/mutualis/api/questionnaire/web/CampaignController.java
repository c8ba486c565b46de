package fr.mutualis.api.questionnaire.web;

import fr.mutualis.api.questionnaire.Audience;
import fr.mutualis.api.questionnaire.CampaignDraft;
import fr.mutualis.api.questionnaire.CampaignResults;
import fr.mutualis.api.questionnaire.CampaignScores;
import fr.mutualis.api.questionnaire.Campaigns;
import fr.mutualis.api.questionnaire.QuestionnaireProperties;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.Role;
import fr.mutualis.api.shared.web.ETags;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Questionnaire campaigns")
class CampaignController {

    private static final String CAMPAIGNS = "/api/v1/authorities/{slug}/campaigns";

    private final Campaigns campaigns;
    private final CampaignScores scores;
    private final AuthorityAccess access;
    private final QuestionnaireProperties properties;

    CampaignController(Campaigns campaigns, CampaignScores scores, AuthorityAccess access,
            QuestionnaireProperties properties) {
        this.campaigns = campaigns;
        this.scores = scores;
        this.access = access;
        this.properties = properties;
    }

    record CampaignRequest(@NotNull UUID questionnaireId, @NotNull Audience audience, @NotNull Instant opensAt,
            @NotNull Instant closesAt) {
    }

    @PostMapping(path = CAMPAIGNS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open a campaign (administrators)",
            description = "Answers 201 with the anonymous answer link (answerLink) to share with the audience.")
    Mono<ResponseEntity<CampaignResponse>> create(@PathVariable String slug,
            @Valid @RequestBody CampaignRequest request) {
        CampaignDraft draft = new CampaignDraft(request.questionnaireId(), request.audience(), request.opensAt(),
                request.closesAt()).check();
        return access.require(slug, Role.ADMIN).flatMap(tenant -> campaigns.create(tenant, draft))
                .map(campaign -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/v1/authorities/" + slug + "/campaigns/" + campaign.id()))
                        .eTag(ETags.of(campaign.version())).body(CampaignResponse.of(campaign, properties)));
    }

    @GetMapping(CAMPAIGNS)
    @Operation(summary = "Campaigns of the authority, newest first (members)")
    Mono<Page<CampaignResponse>> list(@PathVariable String slug,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        int size = Page.limit(limit);
        return access.require(slug, Role.VIEWER).flatMap(tenant -> campaigns.list(tenant, cursor, size))
                .map(page -> page.map(campaign -> CampaignResponse.of(campaign, properties)));
    }

    @GetMapping(CAMPAIGNS + "/{campaignId}")
    @Operation(summary = "A campaign (members)")
    Mono<ResponseEntity<CampaignResponse>> find(@PathVariable String slug, @PathVariable UUID campaignId) {
        return access.require(slug, Role.VIEWER).flatMap(tenant -> campaigns.find(tenant, campaignId))
                .map(campaign -> ResponseEntity.ok().eTag(ETags.of(campaign.version()))
                        .body(CampaignResponse.of(campaign, properties)));
    }

    @GetMapping(CAMPAIGNS + "/{campaignId}/results")
    @Operation(summary = "Results of a campaign (members)",
            description = "Always 200. Below 5 answers, enoughAnswers is false and no figure is given (no count, no "
                    + "score, no theme, no comparison). From 5 answers: participation, score and score per theme, "
                    + "the authority's previous campaigns for the same audience, and the network median of the same "
                    + "questionnaire (from 3 campaigns of 5 answers up).")
    Mono<CampaignResults> results(@PathVariable String slug, @PathVariable UUID campaignId) {
        return access.require(slug, Role.VIEWER).flatMap(tenant -> scores.results(tenant, campaignId));
    }
}
