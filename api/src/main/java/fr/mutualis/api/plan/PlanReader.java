package fr.mutualis.api.plan;

import fr.mutualis.api.shared.tenancy.TenantContext;
import java.util.UUID;

/**
 * Who reads an authority's plans: one of its members (every plan, drafts included) or anyone else (published plans
 * only, through the published-read policies and the explicit filters of the SQL).
 */
public record PlanReader(UUID tenantId, TenantContext context, boolean member) {
}
