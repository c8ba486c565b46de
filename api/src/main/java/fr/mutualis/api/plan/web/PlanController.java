package fr.mutualis.api.plan.web;

import fr.mutualis.api.plan.ActionPlans;
import fr.mutualis.api.plan.Plan;
import fr.mutualis.api.plan.PlanDraft;
import fr.mutualis.api.plan.PlanReaders;
import fr.mutualis.api.plan.PlanStatus;
import fr.mutualis.api.plan.ReenChecklist;
import fr.mutualis.api.plan.ReenCoverage;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.Role;
import fr.mutualis.api.shared.web.ETags;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Action plans")
class PlanController {

    static final String PLANS = "/api/v1/authorities/{slug}/plans";
    static final String PLAN = PLANS + "/{planId}";

    private final ActionPlans plans;
    private final ReenChecklist checklist;
    private final PlanReaders readers;
    private final AuthorityAccess access;

    PlanController(ActionPlans plans, ReenChecklist checklist, PlanReaders readers, AuthorityAccess access) {
        this.plans = plans;
        this.checklist = checklist;
        this.readers = readers;
        this.access = access;
    }

    @GetMapping(path = PLANS, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "An authority's plans", description = "Members see every plan; others its published plans.")
    Mono<Page<Plan>> list(@PathVariable String slug, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        int size = Page.limit(limit);
        return readers.reader(slug).flatMap(reader -> plans.list(reader, cursor, size));
    }

    @PostMapping(path = PLANS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a plan (editors)", description = "A new plan is a private draft.")
    Mono<ResponseEntity<Plan>> create(@PathVariable String slug, @Valid @RequestBody PlanRequest request) {
        PlanDraft draft = request.toDraft();
        return access.require(slug, Role.EDITOR).flatMap(editor -> plans.create(editor, draft))
                .map(plan -> created(slug, plan));
    }

    @GetMapping(path = PLAN, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A plan", description = "A draft is visible to the authority's members only (404 otherwise). "
            + "With Accept: text/csv, the plan's actions as CSV.")
    Mono<ResponseEntity<Plan>> find(@PathVariable String slug, @PathVariable UUID planId) {
        return readers.reader(slug).flatMap(reader -> plans.find(reader, planId))
                .map(plan -> ResponseEntity.ok().eTag(ETags.of(plan.version())).body(plan));
    }

    @PatchMapping(path = PLAN, consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    @Operation(summary = "Change a plan (editors)", description = "Honours If-Match: a stale version answers 412.")
    Mono<ResponseEntity<Plan>> update(@PathVariable String slug, @PathVariable UUID planId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody PlanPatch patch) {
        Long expected = ETags.expectedVersion(ifMatch);
        PlanDraft changes = patch.toChanges();
        return access.require(slug, Role.EDITOR).flatMap(editor -> plans.update(editor, planId, changes, expected))
                .map(plan -> ResponseEntity.ok().eTag(ETags.of(plan.version())).body(plan));
    }

    @DeleteMapping(PLAN)
    @Operation(summary = "Delete a plan and its actions (editors)", description = "Honours If-Match.")
    Mono<ResponseEntity<Void>> delete(@PathVariable String slug, @PathVariable UUID planId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        Long expected = ETags.expectedVersion(ifMatch);
        return access.require(slug, Role.EDITOR).flatMap(editor -> plans.delete(editor, planId, expected))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @PostMapping(PLAN + "/publication")
    @Operation(summary = "Publish a plan (editors)", description = "Draft → published, to the network or to everyone "
            + "(visibility). Honours If-Match.")
    Mono<ResponseEntity<Plan>> publish(@PathVariable String slug, @PathVariable UUID planId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody(required = false) @Nullable PublicationRequest request) {
        Long expected = ETags.expectedVersion(ifMatch);
        PlanDraft changes = new PlanDraft(null, null, null, PlanStatus.PUBLISHED,
                request == null ? null : request.visibility(), null);
        return access.require(slug, Role.EDITOR).flatMap(editor -> plans.update(editor, planId, changes, expected))
                .map(plan -> ResponseEntity.ok().eTag(ETags.of(plan.version())).body(plan));
    }

    @GetMapping(PLAN + "/reen-coverage")
    @Operation(summary = "REEN coverage of a plan", description = "For each of the six REEN strategy themes: actions, "
            + "an objective, an indicator with a target, and what is missing.")
    Mono<ReenCoverage> coverage(@PathVariable String slug, @PathVariable UUID planId) {
        return readers.reader(slug).flatMap(reader -> checklist.coverage(reader, planId));
    }

    static ResponseEntity<Plan> created(String slug, Plan plan) {
        return ResponseEntity.created(URI.create("/api/v1/authorities/" + slug + "/plans/" + plan.id()))
                .eTag(ETags.of(plan.version())).body(plan);
    }
}
