package fr.mutualis.api.plan;

import fr.mutualis.api.indicator.Indicator;
import fr.mutualis.api.indicator.IndicatorCatalogue;
import fr.mutualis.api.audit.AuditLog;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.web.Ids;
import fr.mutualis.api.shared.web.InvalidField;
import fr.mutualis.api.shared.web.Page;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The actions of a plan: read them, write them (each change goes into the action's history), and their history. */
@Service
public class PlanActions {

    private final ActionRows actions;
    private final PlanRows plans;
    private final ActionHistory history;
    private final Tenancy tenancy;
    private final AuditLog audit;
    private final IndicatorCatalogue catalogue;

    PlanActions(ActionRows actions, PlanRows plans, ActionHistory history, Tenancy tenancy, AuditLog audit,
            IndicatorCatalogue catalogue) {
        this.actions = actions;
        this.plans = plans;
        this.history = history;
        this.tenancy = tenancy;
        this.audit = audit;
        this.catalogue = catalogue;
    }

    public Mono<Page<Action>> list(PlanReader reader, UUID planId, @Nullable String cursor, int limit) {
        UUID after = cursor == null ? null : ActionPlans.uuidCursor(cursor);
        return tenancy.run(reader.context(), () -> plan(reader.tenantId(), planId, reader.member())
                        .thenMany(actions.ofPlan(reader.tenantId(), planId, after, limit + 1)).collectList())
                .map(found -> Page.of(found, limit, action -> action.id().toString()));
    }

    public Mono<Action> find(PlanReader reader, UUID planId, UUID actionId) {
        return tenancy.run(reader.context(), () -> plan(reader.tenantId(), planId, reader.member())
                .then(action(reader.tenantId(), planId, actionId)));
    }

    public Mono<Action> create(TenantAccess access, UUID planId, ActionDraft draft) {
        UUID id = Ids.next();
        UUID tenant = access.authorityId();
        return knownIndicators(access, draft.indicators()).then(tenancy.run(access.context(), () -> plan(tenant,
                        planId, true)
                .then(checkParent(tenant, planId, null, draft.parentActionId()))
                .then(actions.insert(tenant, planId, id, draft, null))
                .then(history.record(tenant, id, access.caller(), "CREATED", Map.of()))
                .then(plans.touch(tenant, planId))
                .then(audit.append(access, "action.created", "action", id.toString(), Map.of("plan", planId)))
                .then(actions.find(tenant, planId, id))))
                .onErrorMap(DataIntegrityViolationException.class, PlanActions::invalid);
    }

    public Mono<Action> update(TenantAccess access, UUID planId, UUID actionId, ActionDraft changes,
            @Nullable Long expectedVersion) {
        UUID tenant = access.authorityId();
        return knownIndicators(access, changes.indicators()).then(tenancy.run(access.context(), () -> plan(tenant,
                        planId, true)
                .then(action(tenant, planId, actionId))
                .flatMap(before -> checkParent(tenant, planId, actionId, changes.parentActionId())
                        .then(actions.update(tenant, actionId, changes, expectedVersion))
                        .flatMap(ActionPlans::changedOrStale)
                        .then(history.record(tenant, actionId, access.caller(), "UPDATED",
                                ActionHistory.difference(before, changes))))
                .then(plans.touch(tenant, planId))
                .then(audit.append(access, "action.updated", "action", actionId.toString(), Map.of("plan", planId)))
                .then(actions.find(tenant, planId, actionId))))
                .onErrorMap(DataIntegrityViolationException.class, PlanActions::invalid);
    }

    public Mono<Void> delete(TenantAccess access, UUID planId, UUID actionId, @Nullable Long expectedVersion) {
        UUID tenant = access.authorityId();
        return tenancy.run(access.context(), () -> plan(tenant, planId, true)
                .then(action(tenant, planId, actionId))
                .then(actions.delete(tenant, actionId, expectedVersion))
                .flatMap(ActionPlans::changedOrStale)
                .then(plans.touch(tenant, planId))
                .then(audit.append(access, "action.deleted", "action", actionId.toString(), Map.of("plan", planId))));
    }

    /** Who changed the action, when and what, newest first (members only). */
    public Mono<List<ActionChange>> history(TenantAccess access, UUID planId, UUID actionId) {
        UUID tenant = access.authorityId();
        return tenancy.run(access.context(), () -> plan(tenant, planId, true)
                .then(action(tenant, planId, actionId))
                .thenMany(history.of(tenant, actionId)).collectList());
    }

    private Mono<Plan> plan(UUID tenant, UUID planId, boolean member) {
        return plans.find(tenant, planId, member).switchIfEmpty(Mono.error(() -> new PlanNotFound("plan " + planId)));
    }

    private Mono<Action> action(UUID tenant, UUID planId, UUID actionId) {
        return actions.find(tenant, planId, actionId)
                .switchIfEmpty(Mono.error(() -> new PlanNotFound("action " + actionId)));
    }

    /** Linked indicators name indicators of the catalogue or the authority's own: 400 naming the unknown codes. */
    private Mono<Void> knownIndicators(TenantAccess access, @Nullable List<LinkedIndicator> linked) {
        if (linked == null || linked.isEmpty()) {
            return Mono.empty();
        }
        return catalogue.forAuthority(access).flatMap(known -> {
            Set<String> codes = known.stream().map(Indicator::code).collect(Collectors.toSet());
            List<String> unknown = linked.stream().map(LinkedIndicator::code).filter(code -> !codes.contains(code))
                    .distinct().toList();
            return unknown.isEmpty() ? Mono.<Void>empty() : Mono.error(new InvalidField("indicators",
                    "unknown indicator code" + (unknown.size() > 1 ? "s: " : ": ") + String.join(", ", unknown)));
        });
    }

    /** A sub-action's parent is a top-level action of the same plan (one level of sub-actions), never itself. */
    private Mono<Void> checkParent(UUID tenant, UUID planId, @Nullable UUID self, @Nullable UUID parent) {
        if (parent == null) {
            return Mono.empty();
        }
        InvalidField invalid = new InvalidField("parentActionId",
                "parentActionId must be a top-level action of the same plan");
        return actions.find(tenant, planId, parent)
                .filter(found -> found.parentActionId() == null && !found.id().equals(self))
                .switchIfEmpty(Mono.error(invalid))
                .then(self == null ? Mono.just(false) : actions.hasChildren(tenant, self))
                .flatMap(hasChildren -> hasChildren ? Mono.error(invalid) : Mono.empty());
    }

    private static Throwable invalid(DataIntegrityViolationException failure) {
        String message = String.valueOf(failure.getMessage());
        if (message.contains("due_date")) {
            return new InvalidField("dueDate", "dueDate must not be before startDate");
        }
        if (message.contains("plan_action_indicator")) {
            return new InvalidField("indicators", "each indicator code may appear once per action");
        }
        return new InvalidField("action", "the action breaks a rule of the plan: " + failure.getMostSpecificCause()
                .getClass().getSimpleName());
    }
}
