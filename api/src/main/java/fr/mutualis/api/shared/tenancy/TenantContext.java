package fr.mutualis.api.shared.tenancy;

import fr.mutualis.api.shared.security.Caller;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What PostgreSQL is told about a transaction right after BEGIN: the authority it acts for (none: tenant-owned rows
 * are invisible), the caller's user id, and whether the caller is the platform operator.
 */
public record TenantContext(@Nullable UUID tenantId, String userId, boolean operator) {

    public static TenantContext of(Caller caller) {
        return new TenantContext(null, caller.userId(), caller.operator());
    }

    public static TenantContext system() {
        return new TenantContext(null, "system", true);
    }

    public TenantContext forTenant(UUID tenant) {
        return new TenantContext(tenant, userId, operator);
    }

    String tenantSetting() {
        return tenantId == null ? "" : tenantId.toString();
    }
}
