package fr.mutualis.api.plan;

import fr.mutualis.api.audit.AuditLog;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.web.Ids;
import fr.mutualis.api.shared.web.InvalidField;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Adoption: an editor copies an action of another authority's published plan, or a best practice, into one of their
 * own plans. The copy remembers its source, and the public ledger {@code action_adoption} lets the source count it.
 */
@Service
public class Adoptions {

    private final ActionRows actions;
    private final PlanRows plans;
    private final ActionHistory history;
    private final Tenancy tenancy;
    private final AuditLog audit;
    private final ObjectProvider<PracticeSource> practices;

    Adoptions(ActionRows actions, PlanRows plans, ActionHistory history, Tenancy tenancy, AuditLog audit,
            ObjectProvider<PracticeSource> practices) {
        this.actions = actions;
        this.plans = plans;
        this.history = history;
        this.tenancy = tenancy;
        this.audit = audit;
        this.practices = practices;
    }

    public Mono<Action> adoptAction(TenantAccess access, UUID planId, UUID sourceActionId) {
        return tenancy.run(access.context(), () -> actions.published(sourceActionId)
                .switchIfEmpty(Mono.error(() -> new PlanNotFound("published action " + sourceActionId)))
                .flatMap(source -> source.tenant().equals(access.authorityId())
                        ? Mono.error(new InvalidField("sourceActionId", "this action is already in your own plans"))
                        : adopt(access, planId, copy(source.action()),
                                new ActionRows.Origin(source.tenant(), sourceActionId, null))));
    }

    public Mono<Action> adoptPractice(TenantAccess access, UUID planId, UUID practiceId) {
        PracticeSource source = practices.getIfAvailable();
        Mono<AdoptablePractice> practice = source == null ? Mono.empty() : source.publishedPractice(practiceId);
        return practice.switchIfEmpty(Mono.error(() -> new PlanNotFound("practice " + practiceId)))
                .flatMap(found -> tenancy.run(access.context(), () -> adopt(access, planId, copy(found),
                        new ActionRows.Origin(null, null, practiceId))));
    }

    private Mono<Action> adopt(TenantAccess access, UUID planId, ActionDraft draft, ActionRows.Origin origin) {
        UUID tenant = access.authorityId();
        UUID id = Ids.next();
        return plans.find(tenant, planId, true)
                .switchIfEmpty(Mono.error(() -> new PlanNotFound("plan " + planId)))
                .then(actions.insert(tenant, planId, id, draft, origin))
                .then(actions.recordAdoption(tenant, id, origin))
                .then(history.record(tenant, id, access.caller(), "ADOPTED", Map.of()))
                .then(plans.touch(tenant, planId))
                .then(audit.append(access, "action.adopted", "action", id.toString(),
                        Map.of("plan", planId, "source", String.valueOf(origin.action() != null ? origin.action()
                                : origin.practice()))))
                .then(actions.find(tenant, planId, id));
    }

    /** What an adoption takes over: the what and why, never the other authority's dates, pilot, budget or progress. */
    private static ActionDraft copy(Action source) {
        List<LinkedIndicator> indicators = source.indicators().stream()
                .map(indicator -> new LinkedIndicator(indicator.code(), null, null)).toList();
        return new ActionDraft(source.title(), source.description(), source.objective(), source.theme(),
                ActionStatus.PLANNED, source.priority(), null, null, null, null, 0, null, indicators);
    }

    private static ActionDraft copy(AdoptablePractice practice) {
        Theme theme = Theme.parse(practice.theme()).orElse(Theme.STRATEGY_GOVERNANCE);
        return new ActionDraft(practice.title(), practice.summary(), null, theme, ActionStatus.PLANNED,
                Priority.MEDIUM, null, null, null, null, 0, null, List.of());
    }

}
