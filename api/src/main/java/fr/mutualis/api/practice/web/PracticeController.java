package fr.mutualis.api.practice.web;

import fr.mutualis.api.practice.Practice;
import fr.mutualis.api.practice.Practices;
import fr.mutualis.api.practice.SafeMarkdown;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.Role;
import fr.mutualis.api.shared.web.ETags;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** An authority's own practices, drafts included: its members read them, its editors write them. */
@RestController
@Tag(name = "Best practices")
class PracticeController {

    private static final String PRACTICES = "/api/v1/authorities/{slug}/practices";

    private final Practices practices;
    private final AuthorityAccess access;
    private final SafeMarkdown markdown;

    PracticeController(Practices practices, AuthorityAccess access, SafeMarkdown markdown) {
        this.practices = practices;
        this.access = access;
        this.markdown = markdown;
    }

    @GetMapping(PRACTICES)
    @Operation(summary = "The authority's practices, drafts included (its members)", description = "Newest first.")
    Mono<Page<PracticeResponse>> list(@PathVariable String slug, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        int size = Page.limit(limit);
        return access.require(slug, Role.VIEWER).flatMap(tenant -> practices.ofAuthority(tenant, cursor, size))
                .map(page -> page.map(practice -> PracticeResponse.of(practice, markdown.toHtml(
                        practice.content().body()), List.of())));
    }

    @PostMapping(path = PRACTICES, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write a practice (editors)", description = "A draft unless status is PUBLISHED; the body is "
            + "Markdown, answered also as sanitised HTML in bodyHtml.")
    Mono<ResponseEntity<PracticeResponse>> create(@PathVariable String slug,
            @Valid @RequestBody PracticeRequest request) {
        return access.require(slug, Role.EDITOR).flatMap(tenant -> practices.create(tenant, request.toContent()))
                .map(practice -> ResponseEntity.created(URI.create("/api/v1/authorities/" + slug + "/practices/"
                        + practice.id())).eTag(ETags.of(practice.version())).body(response(practice)));
    }

    @GetMapping(PRACTICES + "/{practiceId}")
    @Operation(summary = "One of the authority's practices, draft or published (its members)")
    Mono<ResponseEntity<PracticeResponse>> one(@PathVariable String slug, @PathVariable UUID practiceId) {
        return access.require(slug, Role.VIEWER).flatMap(tenant -> practices.own(tenant, practiceId))
                .map(practice -> ResponseEntity.ok().eTag(ETags.of(practice.version())).body(response(practice)));
    }

    @PatchMapping(path = PRACTICES + "/{practiceId}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    @Operation(summary = "Change or publish a practice (editors)",
            description = "A merge patch; status PUBLISHED publishes, DRAFT withdraws. Honours If-Match (412).")
    Mono<ResponseEntity<PracticeResponse>> update(@PathVariable String slug, @PathVariable UUID practiceId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody PracticePatch patch) {
        Long expected = ETags.expectedVersion(ifMatch);
        return access.require(slug, Role.EDITOR)
                .flatMap(tenant -> practices.update(tenant, practiceId, patch.toChanges(), expected))
                .map(practice -> ResponseEntity.ok().eTag(ETags.of(practice.version())).body(response(practice)));
    }

    private PracticeResponse response(Practice practice) {
        return PracticeResponse.of(practice, markdown.toHtml(practice.content().body()), List.of());
    }
}
