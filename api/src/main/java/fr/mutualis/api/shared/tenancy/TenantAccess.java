package fr.mutualis.api.shared.tenancy;

import fr.mutualis.api.shared.security.Caller;
import java.util.UUID;

/** The caller may act on this authority with this role (the operator acts as an administrator everywhere). */
public record TenantAccess(UUID authorityId, String slug, Role role, Caller caller) {

    public TenantContext context() {
        return new TenantContext(authorityId, caller.userId(), caller.operator());
    }
}
