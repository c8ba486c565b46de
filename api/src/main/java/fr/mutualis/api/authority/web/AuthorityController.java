package fr.mutualis.api.authority.web;

import fr.mutualis.api.authority.Authorities;
import fr.mutualis.api.authority.AuthorityKind;
import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.Role;
import fr.mutualis.api.shared.web.ETags;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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
@Tag(name = "Authorities")
class AuthorityController {

    private final Authorities authorities;
    private final AuthorityAccess access;

    AuthorityController(Authorities authorities, AuthorityAccess access) {
        this.authorities = authorities;
        this.access = access;
    }

    @GetMapping("/api/v1/authorities")
    @Operation(summary = "Directory of authorities", description = "Filter by kind, région code and a text query.")
    Mono<Page<AuthorityResponse>> directory(@RequestParam(required = false) @Nullable AuthorityKind kind,
            @RequestParam(required = false) @Nullable String region, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        int size = Page.limit(limit);
        return Caller.current().flatMap(caller -> authorities.directory(caller, kind, region, blankToNull(q), cursor,
                size)).map(page -> page.map(AuthorityResponse::of));
    }

    @PostMapping(path = "/api/v1/authorities", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create an authority (platform operator)",
            description = "Also creates its Keycloak organization. An identical retry answers 200 with the authority.")
    Mono<ResponseEntity<AuthorityResponse>> create(@Valid @RequestBody AuthorityRequest request) {
        return Caller.current()
                .filter(Caller::operator)
                .switchIfEmpty(Mono.error(() -> new AccessDeniedException("operator only")))
                .flatMap(caller -> authorities.create(caller, request.toDraft()))
                .map(created -> ResponseEntity.status(created.isNew() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/authorities/" + created.authority().slug()))
                        .eTag(ETags.of(created.authority().version()))
                        .body(AuthorityResponse.of(created.authority())));
    }

    @GetMapping("/api/v1/authorities/{slug}")
    @Operation(summary = "An authority's profile")
    Mono<ResponseEntity<AuthorityResponse>> profile(@PathVariable String slug) {
        return Caller.current().flatMap(caller -> authorities.find(caller, slug))
                .map(authority -> ResponseEntity.ok().eTag(ETags.of(authority.version()))
                        .body(AuthorityResponse.of(authority)));
    }

    @PatchMapping(path = "/api/v1/authorities/{slug}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, "application/merge-patch+json"})
    @Operation(summary = "Update an authority's profile (its administrators)",
            description = "Honours If-Match: a stale version answers 412.")
    Mono<ResponseEntity<AuthorityResponse>> update(@PathVariable String slug,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody AuthorityPatch patch) {
        Long expected = ETags.expectedVersion(ifMatch);
        return access.require(slug, Role.ADMIN)
                .flatMap(tenant -> authorities.update(tenant, patch.toChanges(), expected))
                .map(authority -> ResponseEntity.ok().eTag(ETags.of(authority.version()))
                        .body(AuthorityResponse.of(authority)));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
