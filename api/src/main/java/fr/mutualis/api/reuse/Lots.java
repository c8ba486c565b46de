package fr.mutualis.api.reuse;

import fr.mutualis.api.audit.AuditLog;
import fr.mutualis.api.reuse.webhook.LotOffers;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.web.Ids;
import fr.mutualis.api.shared.web.Page;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** An authority's equipment lots: declare, offer, collect, cancel, redeploy internally, record the outcome. */
@Service
public class Lots {

    private static final String TENANT = " AND tenant_id = $4";

    private final LotRows rows;
    private final LotTransitions transitions;
    private final Tenancy tenancy;
    private final AuditLog audit;
    private final LotOffers offers;

    Lots(LotRows rows, LotTransitions transitions, Tenancy tenancy, AuditLog audit, LotOffers offers) {
        this.rows = rows;
        this.transitions = transitions;
        this.tenancy = tenancy;
        this.audit = audit;
        this.offers = offers;
    }

    public Mono<Lot> declare(TenantAccess access, LotDraft draft) {
        UUID id = Ids.next();
        return tenancy.run(access.context(), () -> rows.insert(access.authorityId(), id, draft)
                .then(rows.recordEvent(id, access.caller().name()))
                .then(audit.append(access, "lot.declared", "lot", id.toString(),
                        Map.of("category", draft.category().name(), "quantity", draft.quantity())))
                .then(rows.find(id)));
    }

    public Mono<Page<Lot>> list(TenantAccess access, @Nullable LotStatus status, @Nullable String cursor, int limit) {
        UUID after = cursor == null ? null : Cursors.uuid(cursor);
        return tenancy.runMany(access.context(), () -> rows.ofTenant(access.authorityId(), status, after, limit + 1))
                .collectList().map(found -> Page.of(found, limit, lot -> lot.id().toString()));
    }

    public Mono<LotDetails> get(TenantAccess access, UUID id) {
        return tenancy.run(access.context(), () -> mine(access, id)
                .flatMap(lot -> rows.timeline(access.authorityId(), id).collectList()
                        .map(timeline -> new LotDetails(lot, timeline))));
    }

    /** DECLARED → OFFERED; partners serving the lot's area get a webhook (written in the same transaction). */
    public Mono<Lot> offer(TenantAccess access, UUID id) {
        return move(access, id, LotStatus.OFFERED, lot -> offers.notifyPartners(access.authorityId(), lot)
                .thenReturn(lot));
    }

    public Mono<Lot> collect(TenantAccess access, UUID id) {
        return move(access, id, LotStatus.COLLECTED, Mono::just);
    }

    public Mono<Lot> cancel(TenantAccess access, UUID id) {
        return move(access, id, LotStatus.CANCELLED, Mono::just);
    }

    /** OFFERED → CLAIMED by one of the authority's STANDARD services, for a lot meant for internal redeployment. */
    public Mono<Lot> assign(TenantAccess access, UUID id, UUID serviceId) {
        String guard = TENANT + " AND destination = 'INTERNAL_REDEPLOYMENT' AND EXISTS (SELECT 1 FROM "
                + "authority_service s WHERE s.tenant_id = $4 AND s.id = $5 AND s.tier = 'STANDARD')";
        return tenancy.run(access.context(), () -> transitions.apply(id, LotStatus.CLAIMED, ", service_id = $5",
                guard, spec -> spec.bind("$4", access.authorityId()).bind("$5", serviceId),
                access.caller().name(), "Only a lot for internal redeployment goes to a service, and only to a "
                        + "STANDARD service of this authority (vital services need irreproachable hardware).")
                .flatMap(lot -> audited(access, lot)));
    }

    /** COLLECTED → PROCESSED for a lot the authority handled itself (internal redeployment). */
    public Mono<Lot> recordOutcome(TenantAccess access, UUID id, LotOutcome outcome) {
        return tenancy.run(access.context(), () -> mine(access, id)
                .doOnNext(lot -> Outcomes.check(lot, outcome))
                .then(transitions.apply(id, LotStatus.PROCESSED, Outcomes.SET, TENANT + " AND claimed_by IS NULL",
                        spec -> Outcomes.bind(spec.bind("$4", access.authorityId()), outcome),
                        access.caller().name(), "A partner holds this lot: it reports the outcome itself."))
                .flatMap(lot -> audited(access, lot)));
    }

    private Mono<Lot> move(TenantAccess access, UUID id, LotStatus target, Function<Lot, Mono<Lot>> then) {
        return tenancy.run(access.context(), () -> transitions.apply(id, target, "", TENANT,
                        spec -> spec.bind("$4", access.authorityId()), access.caller().name(), "")
                .flatMap(then).flatMap(lot -> audited(access, lot)));
    }

    private Mono<Lot> mine(TenantAccess access, UUID id) {
        return rows.find(id).filter(lot -> lot.authority().equals(access.slug()))
                .switchIfEmpty(Mono.error(() -> new ReuseNotFound("lot " + id)));
    }

    private Mono<Lot> audited(TenantAccess access, Lot lot) {
        return audit.append(access, "lot." + lot.status().name().toLowerCase(Locale.ROOT), "lot", lot.id().toString(),
                Map.of("status", lot.status().name())).thenReturn(lot);
    }
}
