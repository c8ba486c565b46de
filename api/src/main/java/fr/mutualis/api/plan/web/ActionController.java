package fr.mutualis.api.plan.web;

import fr.mutualis.api.plan.Action;
import fr.mutualis.api.plan.ActionChange;
import fr.mutualis.api.plan.ActionDraft;
import fr.mutualis.api.plan.Adoptions;
import fr.mutualis.api.plan.PlanActions;
import fr.mutualis.api.plan.PlanReaders;
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
class ActionController {

    private static final String ACTIONS = PlanController.PLAN + "/actions";
    private static final String ACTION = ACTIONS + "/{actionId}";

    private final PlanActions actions;
    private final Adoptions adoptions;
    private final PlanReaders readers;
    private final AuthorityAccess access;

    ActionController(PlanActions actions, Adoptions adoptions, PlanReaders readers, AuthorityAccess access) {
        this.actions = actions;
        this.adoptions = adoptions;
        this.readers = readers;
        this.access = access;
    }

    @GetMapping(ACTIONS)
    @Operation(summary = "A plan's actions", description = "In creation order, with rolled-up progress and adopters.")
    Mono<Page<Action>> list(@PathVariable String slug, @PathVariable UUID planId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        int size = Page.limit(limit);
        return readers.reader(slug).flatMap(reader -> actions.list(reader, planId, cursor, size));
    }

    @PostMapping(path = ACTIONS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add an action or a sub-action (editors)")
    Mono<ResponseEntity<Action>> create(@PathVariable String slug, @PathVariable UUID planId,
            @Valid @RequestBody ActionRequest request) {
        ActionDraft draft = request.toDraft();
        return access.require(slug, Role.EDITOR).flatMap(editor -> actions.create(editor, planId, draft))
                .map(action -> created(slug, action));
    }

    @GetMapping(ACTION)
    @Operation(summary = "An action")
    Mono<ResponseEntity<Action>> find(@PathVariable String slug, @PathVariable UUID planId,
            @PathVariable UUID actionId) {
        return readers.reader(slug).flatMap(reader -> actions.find(reader, planId, actionId))
                .map(action -> ResponseEntity.ok().eTag(ETags.of(action.version())).body(action));
    }

    @PatchMapping(path = ACTION, consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    @Operation(summary = "Change an action (editors)", description = "Recorded in its history. Honours If-Match: a "
            + "stale version answers 412.")
    Mono<ResponseEntity<Action>> update(@PathVariable String slug, @PathVariable UUID planId,
            @PathVariable UUID actionId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody ActionPatch patch) {
        Long expected = ETags.expectedVersion(ifMatch);
        ActionDraft changes = patch.toChanges();
        return access.require(slug, Role.EDITOR)
                .flatMap(editor -> actions.update(editor, planId, actionId, changes, expected))
                .map(action -> ResponseEntity.ok().eTag(ETags.of(action.version())).body(action));
    }

    @DeleteMapping(ACTION)
    @Operation(summary = "Delete an action and its sub-actions (editors)", description = "Honours If-Match.")
    Mono<ResponseEntity<Void>> delete(@PathVariable String slug, @PathVariable UUID planId,
            @PathVariable UUID actionId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        Long expected = ETags.expectedVersion(ifMatch);
        return access.require(slug, Role.EDITOR)
                .flatMap(editor -> actions.delete(editor, planId, actionId, expected))
                .thenReturn(ResponseEntity.noContent().build());
    }

    @GetMapping(ACTION + "/history")
    @Operation(summary = "An action's history (members)", description = "Who changed it, when and what; newest first.")
    Mono<List<ActionChange>> history(@PathVariable String slug, @PathVariable UUID planId,
            @PathVariable UUID actionId) {
        return access.require(slug, Role.VIEWER).flatMap(member -> actions.history(member, planId, actionId));
    }

    @PostMapping(path = PlanController.PLAN + "/adoptions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Adopt an action of another authority's published plan, or a best practice (editors)",
            description = "Body: {sourceActionId} or {practiceId}. Creates a new action with adoptedFrom.")
    Mono<ResponseEntity<Action>> adopt(@PathVariable String slug, @PathVariable UUID planId,
            @RequestBody AdoptionRequest request) {
        AdoptionRequest checked = request.checked();
        return access.require(slug, Role.EDITOR)
                .flatMap(editor -> checked.sourceActionId() != null
                        ? adoptions.adoptAction(editor, planId, checked.sourceActionId())
                        : adoptions.adoptPractice(editor, planId, java.util.Objects.requireNonNull(checked.practiceId())))
                .map(action -> created(slug, action));
    }

    private static ResponseEntity<Action> created(String slug, Action action) {
        return ResponseEntity.created(URI.create("/api/v1/authorities/" + slug + "/plans/" + action.planId()
                + "/actions/" + action.id())).eTag(ETags.of(action.version())).body(action);
    }
}
