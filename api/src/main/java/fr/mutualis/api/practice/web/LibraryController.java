package fr.mutualis.api.practice.web;

import fr.mutualis.api.plan.ActionPlans;
import fr.mutualis.api.practice.Discussions;
import fr.mutualis.api.practice.PracticeQuery;
import fr.mutualis.api.practice.PracticeResults;
import fr.mutualis.api.practice.PracticeSearch;
import fr.mutualis.api.practice.Practices;
import fr.mutualis.api.practice.SafeMarkdown;
import fr.mutualis.api.practice.Theme;
import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.web.ETags;
import fr.mutualis.api.shared.web.InvalidField;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The library as the network reads it (published practices), and as anyone reads it (published PUBLIC ones). */
@RestController
@Tag(name = "Best practices")
class LibraryController {

    private final PracticeSearch search;
    private final Practices practices;
    private final Discussions discussions;
    private final SafeMarkdown markdown;
    private final ActionPlans plans;

    LibraryController(PracticeSearch search, Practices practices, Discussions discussions, SafeMarkdown markdown,
            ActionPlans plans) {
        this.plans = plans;
        this.search = search;
        this.practices = practices;
        this.discussions = discussions;
        this.markdown = markdown;
    }

    @GetMapping("/api/v1/practices")
    @Operation(summary = "Search the published practices of the network", description = "French full-text search "
            + "(accents ignored, plurals and stop words handled, web-search syntax: \"phrase\", -word, or), ranked "
            + "(title above summary above body), with highlighted excerpts, facets theme/authorityKind/region and a "
            + "cursor. Without q: newest first. publishedSince lists what is new since a date.")
    Mono<PracticeResults> search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Theme theme, @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable OffsetDateTime publishedSince,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        PracticeQuery query = query(q, theme, tag, kind, region, publishedSince, false);
        int size = Page.limit(limit);
        return Caller.current().flatMap(caller -> search.search(caller, query, cursor, size));
    }

    @GetMapping("/api/v1/practices/{practiceId}")
    @Operation(summary = "A published practice, with the authorities that endorse it and those that adopted it")
    Mono<ResponseEntity<PracticeResponse>> one(@PathVariable UUID practiceId) {
        return Caller.current().flatMap(caller -> Mono.zip(practices.published(caller, practiceId),
                        discussions.endorsers(caller, practiceId), plans.adoptersOfPractice(practiceId).collectList())
                .map(found -> ResponseEntity.ok().eTag(ETags.of(found.getT1().version()))
                        .body(PracticeResponse.of(found.getT1(), markdown.toHtml(found.getT1().content().body()),
                                found.getT2(), found.getT3()))));
    }

    @GetMapping("/public/v1/practices")
    @Operation(summary = "Search the published PUBLIC practices (anonymous)", description = "As /api/v1/practices.")
    Mono<PracticeResults> publicSearch(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Theme theme, @RequestParam(required = false) @Nullable String tag,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return search.search(null, query(q, theme, tag, kind, region, null, true), cursor, Page.limit(limit));
    }

    @GetMapping("/public/v1/practices/{practiceId}")
    @Operation(summary = "A published PUBLIC practice (anonymous)")
    Mono<PracticeResponse> publicOne(@PathVariable UUID practiceId) {
        return practices.publicPractice(practiceId).map(practice -> PracticeResponse.of(practice,
                markdown.toHtml(practice.content().body()), List.of()).anonymous());
    }

    @PostMapping(path = "/api/v1/practice-previews", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Render a Markdown body as the library will show it", description = "Nothing is saved: the "
            + "editor's preview. The HTML is sanitised like a saved body.")
    Mono<Preview> preview(@Valid @RequestBody Preview.Request request) {
        return Caller.current().map(caller -> new Preview(markdown.toHtml(request.body())));
    }

    /** A rendered body. */
    record Preview(String bodyHtml) {

        record Request(@NotNull @Size(max = 50000) String body) {
        }
    }

    private static PracticeQuery query(@Nullable String q, @Nullable Theme theme, @Nullable String tag,
            @Nullable String kind, @Nullable String region, @Nullable OffsetDateTime since, boolean publicOnly) {
        if (q != null && q.length() > 200) {
            throw new InvalidField("q", "q is at most 200 characters");
        }
        if (region != null && !region.matches("^[0-9]{2}$")) {
            throw new InvalidField("region", "must be a 2-digit région code");
        }
        if (kind != null && !kind.matches("^(REGION|DEPARTEMENT|EPCI|COMMUNE|SYNDICAT)$")) {
            throw new InvalidField("kind", "must be one of REGION, DEPARTEMENT, EPCI, COMMUNE, SYNDICAT");
        }
        return new PracticeQuery(blankToNull(q), theme, blankToNull(tag), kind, region, since, publicOnly);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
