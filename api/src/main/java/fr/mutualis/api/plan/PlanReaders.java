package fr.mutualis.api.plan;

import fr.mutualis.api.authority.Authorities;
import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.AuthorityNotFound;
import fr.mutualis.api.shared.tenancy.Role;
import fr.mutualis.api.shared.tenancy.TenantContext;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Decides how the caller reads an authority's plans: as a member, or as an outsider who sees published plans. */
@Component
public class PlanReaders {

    private final AuthorityAccess access;
    private final Authorities authorities;

    PlanReaders(AuthorityAccess access, Authorities authorities) {
        this.access = access;
        this.authorities = authorities;
    }

    public Mono<PlanReader> reader(String slug) {
        return access.require(slug, Role.VIEWER)
                .map(member -> new PlanReader(member.authorityId(), member.context(), true))
                .onErrorResume(AuthorityNotFound.class, notMember -> Caller.current()
                        .flatMap(caller -> authorities.find(caller, slug)
                                .map(authority -> new PlanReader(authority.id(), TenantContext.of(caller), false))));
    }
}
