package fr.mutualis.api.authority.web;

import fr.mutualis.api.authority.Invitation;
import fr.mutualis.api.authority.Member;
import fr.mutualis.api.authority.Memberships;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.Role;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Members")
class MemberController {

    private static final String MEMBERS = "/api/v1/authorities/{slug}/members";
    private static final String INVITATIONS = "/api/v1/authorities/{slug}/invitations";

    private final Memberships memberships;
    private final AuthorityAccess access;

    MemberController(Memberships memberships, AuthorityAccess access) {
        this.memberships = memberships;
        this.access = access;
    }

    record InvitationRequest(@NotBlank @Email @Size(max = 254) String email, @NotNull Role role) {
    }

    record RoleRequest(@NotNull Role role) {
    }

    record Invitations(List<Invitation> items, @Nullable String nextCursor) {
    }

    @GetMapping(MEMBERS)
    @Operation(summary = "Members of the authority (its administrators)")
    Mono<Page<Member>> members(@PathVariable String slug, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        int size = Page.limit(limit);
        return access.require(slug, Role.ADMIN).flatMap(tenant -> memberships.members(tenant, cursor, size));
    }

    @PostMapping(path = MEMBERS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Invite someone by e-mail with a role", description = "Keycloak sends the invitation mail.")
    Mono<ResponseEntity<Invitation>> invite(@PathVariable String slug, @Valid @RequestBody InvitationRequest request) {
        return access.require(slug, Role.ADMIN)
                .flatMap(tenant -> memberships.invite(tenant, request.email().strip(), request.role()))
                .map(invitation -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/v1/authorities/" + slug + "/invitations/" + invitation.id()))
                        .body(invitation));
    }

    @PutMapping(path = MEMBERS + "/{userId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a member's role", description = "The last administrator cannot be demoted (409).")
    Mono<Member> changeRole(@PathVariable String slug, @PathVariable String userId,
            @Valid @RequestBody RoleRequest request) {
        return access.require(slug, Role.ADMIN).flatMap(tenant -> memberships.changeRole(tenant, userId, request.role()));
    }

    @DeleteMapping(MEMBERS + "/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a member", description = "Also leaves the Keycloak organization; never the last admin.")
    Mono<Void> remove(@PathVariable String slug, @PathVariable String userId) {
        return access.require(slug, Role.ADMIN).flatMap(tenant -> memberships.remove(tenant, userId));
    }

    @GetMapping(INVITATIONS)
    @Operation(summary = "Pending invitations (its administrators)")
    Mono<Invitations> invitations(@PathVariable String slug) {
        return access.require(slug, Role.ADMIN).flatMap(memberships::invitations)
                .map(items -> new Invitations(items, null));
    }

    @DeleteMapping(INVITATIONS + "/{invitationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke a pending invitation")
    Mono<Void> revoke(@PathVariable String slug, @PathVariable UUID invitationId) {
        return access.require(slug, Role.ADMIN).flatMap(tenant -> memberships.revoke(tenant, invitationId));
    }
}
