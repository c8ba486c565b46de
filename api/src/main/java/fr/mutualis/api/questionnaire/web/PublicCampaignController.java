package fr.mutualis.api.questionnaire.web;

import fr.mutualis.api.questionnaire.AnswerSheet;
import fr.mutualis.api.questionnaire.CampaignAnswers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Anonymous answering: no token, no login, no personal data. The link token in the path is the secret that names the
 * campaign; the respondent token in the body is the browser's own random token, of which only a hash is kept.
 */
@RestController
@Tag(name = "Questionnaire answers (anonymous)")
class PublicCampaignController {

    private static final String CAMPAIGN = "/public/v1/campaigns/{linkToken}";
    private static final String TOKEN = "[A-Za-z0-9_-]{32,128}";

    private final CampaignAnswers answers;

    PublicCampaignController(CampaignAnswers answers) {
        this.answers = answers;
    }

    record AnswerRequest(@NotNull UUID questionId, @NotNull @Size(max = 20) List<@NotNull UUID> choiceIds) {
    }

    record ResponseRequest(
            @NotNull @Pattern(regexp = TOKEN, message = "must be a random token of 32 to 128 URL-safe characters")
            String respondentToken,
            @NotNull @Size(max = 200) List<@Valid @NotNull AnswerRequest> answers) {

        AnswerSheet toSheet() {
            Map<UUID, Set<UUID>> chosen = new LinkedHashMap<>();
            answers.forEach(answer -> chosen.computeIfAbsent(answer.questionId(), id -> new HashSet<>())
                    .addAll(answer.choiceIds()));
            return new AnswerSheet(chosen);
        }
    }

    @GetMapping(CAMPAIGN)
    @Operation(summary = "The questionnaire behind an answer link, without its right answers (anyone)",
            description = "state says whether answers are accepted now (OPEN), not yet, or no more.")
    Mono<ResponseEntity<PublicCampaign>> campaign(@PathVariable String linkToken) {
        return checked(linkToken).flatMap(answers::open)
                .map(found -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(PublicCampaign.of(found)));
    }

    @PostMapping(path = CAMPAIGN + "/responses", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Answer a questionnaire anonymously (anyone, once per browser)",
            description = "201 with the right answers and explanations. 409 campaign-not-open outside the dates, "
                    + "409 already-answered when this respondent token already answered. A response is not "
                    + "addressable afterwards: nothing links it to a person, so no Location is given.")
    Mono<ResponseEntity<PublicCampaign.Correction>> answer(@PathVariable String linkToken,
            @Valid @RequestBody ResponseRequest request) {
        return checked(linkToken)
                .flatMap(link -> answers.answer(link, request.respondentToken(), request.toSheet()))
                .map(marked -> ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore())
                        .body(PublicCampaign.Correction.of(marked)));
    }

    /** A link that cannot be one of ours is simply not found, without touching the database. */
    private static Mono<String> checked(String linkToken) {
        return linkToken.matches(TOKEN) ? Mono.just(linkToken)
                : Mono.error(new fr.mutualis.api.questionnaire.QuestionnaireNotFound("questionnaire"));
    }
}
