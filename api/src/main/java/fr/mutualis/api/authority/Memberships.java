package fr.mutualis.api.authority;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.mutualis.api.audit.AuditLog;
import fr.mutualis.api.shared.keycloak.IdentityProviderUnavailable;
import fr.mutualis.api.shared.keycloak.KeycloakOrganizations;
import fr.mutualis.api.shared.keycloak.OrganizationConflict;
import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.AuthorityNotFound;
import fr.mutualis.api.shared.tenancy.Role;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.tenancy.TenantContext;
import fr.mutualis.api.shared.web.InvalidCursor;
import fr.mutualis.api.shared.web.Page;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who belongs to which authority with which role. Keycloak's organizations say who belongs (invitation accepted,
 * federated login); the roles live here. The last administrator of an authority can be neither removed nor demoted.
 */
@Service
public class Memberships {

    private final MembershipRows rows;
    private final AuthorityRows authorities;
    private final Tenancy tenancy;
    private final KeycloakOrganizations organizations;
    private final AuditLog audit;
    private final Cache<String, Boolean> recentlyReconciled = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(10)).maximumSize(100_000).build();

    Memberships(MembershipRows rows, AuthorityRows authorities, Tenancy tenancy, KeycloakOrganizations organizations,
            AuditLog audit) {
        this.rows = rows;
        this.authorities = authorities;
        this.tenancy = tenancy;
        this.organizations = organizations;
        this.audit = audit;
    }

    public Mono<Page<Member>> members(TenantAccess access, @Nullable String cursor, int limit) {
        String[] after = cursor == null ? null : Page.decode(cursor).split("\u0000", 2);
        if (after != null && after.length != 2) {
            throw new InvalidCursor();
        }
        return tenancy.runMany(access.context(), () -> rows.members(access.authorityId(), after, limit + 1))
                .collectList()
                .map(found -> Page.of(found, limit,
                        member -> member.name().toLowerCase(Locale.ROOT) + "\u0000" + member.userId()));
    }

    public Mono<List<Invitation>> invitations(TenantAccess access) {
        return tenancy.runMany(access.context(), () -> rows.pendingInvitations(access.authorityId())).collectList();
    }

    /** Records the invitation, then Keycloak mails it; if the mail cannot go, nothing is recorded. */
    public Mono<Invitation> invite(TenantAccess access, String email, Role role) {
        return tenancy.run(access.context(), () -> rows.hasMemberWithEmail(access.authorityId(), email)
                .flatMap(member -> member ? Mono.error(MembershipConflict.alreadyMember()) : organizationOf(access))
                .flatMap(organization -> rows.invite(access.authorityId(), email, role, access.caller().userId())
                        .flatMap(invitation -> audit.append(access, "member.invited", "invitation",
                                        invitation.id().toString(), Map.of("email", email, "role", role.name()))
                                .then(organizations.invite(organization, email)
                                        // already in the organization (e.g. federated) but not yet recorded here:
                                        // the pending invitation gives the role at their next sign-in
                                        .onErrorResume(OrganizationConflict.class, alreadyIn -> Mono.empty()))
                                .thenReturn(invitation))));
    }

    public Mono<Void> revoke(TenantAccess access, UUID invitation) {
        return tenancy.run(access.context(), () -> rows.revoke(access.authorityId(), invitation)
                .flatMap(revoked -> revoked == 0 ? Mono.error(new AuthorityNotFound("invitation"))
                        : audit.append(access, "invitation.revoked", "invitation", invitation.toString(), Map.of())));
    }

    public Mono<Member> changeRole(TenantAccess access, String userId, Role role) {
        return tenancy.run(access.context(), () -> existing(access, userId)
                .flatMap(member -> keepAnAdministrator(access, member, role == Role.ADMIN)
                        .then(rows.changeRole(access.authorityId(), userId, role))
                        .then(audit.append(access, "member.role-changed", "member", userId,
                                Map.of("from", member.role().name(), "to", role.name()))))
                .then(rows.member(access.authorityId(), userId)));
    }

    /** Removes the member here and from the authority's Keycloak organization. */
    public Mono<Void> remove(TenantAccess access, String userId) {
        return tenancy.run(access.context(), () -> existing(access, userId)
                .flatMap(member -> keepAnAdministrator(access, member, false)
                        .then(rows.remove(access.authorityId(), userId))
                        .then(audit.append(access, "member.removed", "member", userId,
                                Map.of("email", member.email())))
                        .then(organizationOf(access))
                        .flatMap(organization -> organizations.removeMember(organization, userId))));
    }

    /**
     * The caller's memberships, after taking in the organizations Keycloak says they joined (an accepted invitation
     * gives its role, a federated login gives VIEWER). Keycloak is asked once per access token: joining an
     * organization means signing in again. Keycloak being down only delays that.
     */
    public Mono<List<MembershipOf>> of(Caller caller) {
        String token = caller.userId() + "/" + caller.tokenId();
        Mono<Void> reconcile = recentlyReconciled.getIfPresent(token) != null ? Mono.empty()
                : organizations.organizationAliasesOf(caller.userId())
                        .flatMap(aliases -> join(caller, aliases))
                        .doOnSuccess(done -> recentlyReconciled.put(token, true))
                        .onErrorResume(IdentityProviderUnavailable.class, unavailable -> Mono.empty());
        return reconcile.then(tenancy.runMany(TenantContext.of(caller), rows::ownMemberships).collectList());
    }

    private Mono<Void> join(Caller caller, List<String> aliases) {
        return tenancy.runMany(TenantContext.of(caller), rows::ownMemberships)
                .map(MembershipOf::authority).collect(java.util.stream.Collectors.toSet())
                .flatMapMany(known -> Flux.fromIterable(aliases).filter(alias -> !known.contains(alias)))
                .concatMap(alias -> tenancy.run(TenantContext.of(caller), () -> authorities.findBySlug(alias))
                        .flatMap(authority -> joinOne(caller, authority.id())))
                .then();
    }

    private Mono<Void> joinOne(Caller caller, UUID authority) {
        TenantContext context = TenantContext.of(caller).forTenant(authority);
        return tenancy.run(context, () -> rows.acceptInvitation(authority, caller.email())
                .defaultIfEmpty(Role.VIEWER)
                .flatMap(role -> rows.add(authority, caller.userId(), caller.email(), caller.name(), role)
                        .filter(added -> added > 0)
                        .flatMap(added -> audit.append(authority, caller, "member.joined", "member",
                                caller.userId(), Map.of("role", role.name())))));
    }

    private Mono<Member> existing(TenantAccess access, String userId) {
        return rows.member(access.authorityId(), userId)
                .switchIfEmpty(Mono.error(() -> new AuthorityNotFound("member " + userId)));
    }

    private Mono<Void> keepAnAdministrator(TenantAccess access, Member member, boolean staysAdmin) {
        if (member.role() != Role.ADMIN || staysAdmin) {
            return Mono.empty();
        }
        return rows.lockAdministrators(access.authorityId())
                .flatMap(admins -> admins <= 1 ? Mono.error(MembershipConflict.lastAdmin()) : Mono.empty());
    }

    private Mono<String> organizationOf(TenantAccess access) {
        return authorities.findBySlug(access.slug())
                .mapNotNull(Authority::organizationId)
                .switchIfEmpty(Mono.error(() -> new IllegalStateException(
                        "Authority " + access.slug() + " has no Keycloak organization")));
    }

}
