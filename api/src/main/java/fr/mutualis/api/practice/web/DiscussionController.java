package fr.mutualis.api.practice.web;

import fr.mutualis.api.practice.Comment;
import fr.mutualis.api.practice.Discussions;
import fr.mutualis.api.practice.Endorsement;
import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.Role;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Endorsements, comments and reports on a published practice. The caller acts for one of their authorities, named by
 * {@code ?authority=slug} (any member of it may act; anyone else gets 404, as on every tenant route).
 */
@RestController
@Tag(name = "Best practices")
class DiscussionController {

    private static final String PRACTICE = "/api/v1/practices/{practiceId}";
    private static final String AS = "The slug of the authority the caller acts for (one of theirs).";

    private final Discussions discussions;
    private final AuthorityAccess access;

    DiscussionController(Discussions discussions, AuthorityAccess access) {
        this.discussions = discussions;
        this.access = access;
    }

    @PostMapping(PRACTICE + "/endorsement")
    @Operation(summary = "Endorse a practice for your authority", description = "One endorsement per authority: 201 "
            + "the first time, 200 when it already endorses; 409 for the author authority itself.")
    Mono<ResponseEntity<Endorsement>> endorse(@PathVariable UUID practiceId,
            @Parameter(description = AS) @RequestParam String authority) {
        return access.require(authority, Role.VIEWER).flatMap(tenant -> discussions.endorse(tenant, practiceId))
                .map(endorsement -> ResponseEntity.status(endorsement.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/practices/" + practiceId + "/endorsement?authority=" + authority))
                        .body(endorsement));
    }

    @DeleteMapping(PRACTICE + "/endorsement")
    @Operation(summary = "Withdraw your authority's endorsement", description = "Idempotent.")
    Mono<Endorsement> withdraw(@PathVariable UUID practiceId,
            @Parameter(description = AS) @RequestParam String authority) {
        return access.require(authority, Role.VIEWER).flatMap(tenant -> discussions.withdraw(tenant, practiceId));
    }

    @GetMapping(PRACTICE + "/comments")
    @Operation(summary = "Comments and questions on a published practice", description = "Oldest first. A comment "
            + "hidden by the operator keeps its place without its text.")
    Mono<Page<Comment>> comments(@PathVariable UUID practiceId,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        int size = Page.limit(limit);
        return Caller.current().flatMap(caller -> discussions.comments(caller, practiceId, cursor, size));
    }

    @PostMapping(path = PRACTICE + "/comments", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Comment on, or ask a question about, a published practice")
    Mono<ResponseEntity<Comment>> comment(@PathVariable UUID practiceId,
            @Parameter(description = AS) @RequestParam String authority, @Valid @RequestBody CommentRequest request) {
        return access.require(authority, Role.VIEWER)
                .flatMap(tenant -> discussions.comment(tenant, practiceId, request.body().strip()))
                .map(comment -> ResponseEntity.created(URI.create("/api/v1/practices/" + practiceId + "/comments/"
                        + comment.id())).body(comment));
    }

    @PostMapping(path = PRACTICE + "/comments/{commentId}/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report a comment to the operator", description = "201, or 200 if you already reported it.")
    Mono<ResponseEntity<Void>> report(@PathVariable UUID practiceId, @PathVariable UUID commentId,
            @Parameter(description = AS) @RequestParam String authority, @Valid @RequestBody ReportRequest request) {
        return access.require(authority, Role.VIEWER)
                .flatMap(tenant -> discussions.report(tenant, practiceId, commentId, request.reason().strip()))
                .map(created -> ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).build());
    }

    @PutMapping(path = PRACTICE + "/comments/{commentId}/moderation", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Hide a comment, or show it again (platform operator)")
    Mono<Comment> moderate(@PathVariable UUID practiceId, @PathVariable UUID commentId,
            @Valid @RequestBody ModerationRequest request) {
        return Caller.current().filter(Caller::operator)
                .switchIfEmpty(Mono.error(() -> new AccessDeniedException("operator only")))
                .flatMap(operator -> discussions.moderate(operator, practiceId, commentId, request.hidden()));
    }

    record CommentRequest(@NotBlank @Size(max = 5000) String body) {
    }

    record ReportRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    record ModerationRequest(@NotNull Boolean hidden) {
    }
}
