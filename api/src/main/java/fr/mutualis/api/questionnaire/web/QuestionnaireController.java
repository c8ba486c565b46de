package fr.mutualis.api.questionnaire.web;

import fr.mutualis.api.questionnaire.Question;
import fr.mutualis.api.questionnaire.Questionnaire;
import fr.mutualis.api.questionnaire.Questionnaires;
import fr.mutualis.api.questionnaire.web.QuestionnaireRequests.BankRequest;
import fr.mutualis.api.questionnaire.web.QuestionnaireRequests.QuestionRequest;
import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.web.ETags;
import fr.mutualis.api.shared.web.InvalidField;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Questionnaires")
class QuestionnaireController {

    private static final String BANKS = "/api/v1/questionnaires";

    private final Questionnaires questionnaires;

    QuestionnaireController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    record Summary(UUID id, String title, String description) {
    }

    @GetMapping(BANKS)
    @Operation(summary = "The shared question banks (any user)")
    Mono<Page<Summary>> list(@RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        int size = Page.limit(limit);
        return Caller.current().flatMap(caller -> questionnaires.list(caller, cursor, size))
                .map(page -> page.map(bank -> new Summary(bank.id(), bank.title(), bank.description())));
    }

    @GetMapping(BANKS + "/{questionnaireId}")
    @Operation(summary = "A question bank with its questions, right answers, explanations, themes and sources")
    Mono<ResponseEntity<Questionnaire>> find(@PathVariable UUID questionnaireId) {
        return Caller.current().flatMap(caller -> questionnaires.find(caller, questionnaireId))
                .map(bank -> ResponseEntity.ok().eTag(ETags.of(bank.version())).body(bank));
    }

    @PostMapping(path = BANKS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a question bank (platform operator)")
    Mono<ResponseEntity<Questionnaire>> create(@Valid @RequestBody BankRequest request) {
        if (request.title() == null || request.title().isBlank()) {
            throw new InvalidField("title", "must not be blank");
        }
        return Caller.current().flatMap(caller -> questionnaires.create(caller, request.title().strip(),
                        request.description() == null ? "" : request.description().strip()))
                .map(bank -> ResponseEntity.status(HttpStatus.CREATED).location(URI.create(BANKS + "/" + bank.id()))
                        .eTag(ETags.of(bank.version())).body(bank));
    }

    @PatchMapping(path = BANKS + "/{questionnaireId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rename or describe a question bank (platform operator)", description = "Honours If-Match.")
    Mono<ResponseEntity<Questionnaire>> update(@PathVariable UUID questionnaireId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody BankRequest request) {
        Long expected = ETags.expectedVersion(ifMatch);
        return Caller.current().flatMap(caller -> questionnaires.update(caller, questionnaireId, request.title(),
                        request.description(), expected))
                .map(bank -> ResponseEntity.ok().eTag(ETags.of(bank.version())).body(bank));
    }

    @PostMapping(path = BANKS + "/{questionnaireId}/questions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a question at the end of a bank (platform operator)",
            description = "SINGLE: exactly one correct choice; MULTIPLE: at least one.")
    Mono<ResponseEntity<Question>> addQuestion(@PathVariable UUID questionnaireId,
            @Valid @RequestBody QuestionRequest request) {
        return Caller.current().flatMap(caller -> questionnaires.addQuestion(caller, questionnaireId,
                        request.toDraft()))
                .map(question -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create(BANKS + "/" + questionnaireId + "/questions/" + question.id()))
                        .eTag(ETags.of(question.version())).body(question));
    }

    @PutMapping(path = BANKS + "/{questionnaireId}/questions/{questionId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rewrite a question and its choices (platform operator)", description = "Honours If-Match.")
    Mono<ResponseEntity<Question>> updateQuestion(@PathVariable UUID questionnaireId, @PathVariable UUID questionId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody QuestionRequest request) {
        Long expected = ETags.expectedVersion(ifMatch);
        return Caller.current().flatMap(caller -> questionnaires.updateQuestion(caller, questionnaireId, questionId,
                        request.toDraft(), expected))
                .map(question -> ResponseEntity.ok().eTag(ETags.of(question.version())).body(question));
    }
}
