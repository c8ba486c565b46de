package fr.mutualis.api.reuse;

import fr.mutualis.api.shared.web.Page;
import java.util.EnumSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Lots as a partner sees them: offered lots of its départements and categories, claimed in a race that exactly one
 * partner wins (one conditional UPDATE), then the outcome it reports. A lot outside its area is 404, like a lot that
 * does not exist.
 */
@Service
public class PartnerLots {

    private static final String MINE = " AND claimed_by = $4";

    private final PartnerSessions sessions;
    private final LotRows rows;
    private final LotTransitions transitions;

    PartnerLots(PartnerSessions sessions, LotRows rows, LotTransitions transitions) {
        this.sessions = sessions;
        this.rows = rows;
        this.transitions = transitions;
    }

    /** OFFERED: the lots open to the partner; CLAIMED, COLLECTED or PROCESSED: the lots it holds. */
    public Mono<Page<Lot>> list(LotStatus status, @Nullable String cursor, int limit) {
        if (!EnumSet.of(LotStatus.OFFERED, LotStatus.CLAIMED, LotStatus.COLLECTED, LotStatus.PROCESSED)
                .contains(status)) {
            return Mono.error(new fr.mutualis.api.shared.web.InvalidField("status",
                    "status must be OFFERED, CLAIMED, COLLECTED or PROCESSED."));
        }
        UUID after = cursor == null ? null : Cursors.uuid(cursor);
        return sessions.current().flatMap(partner -> sessions.runMany(partner,
                        () -> rows.forPartner(partner.id(), status, after, limit + 1)).collectList())
                .map(found -> Page.of(found, limit, lot -> lot.id().toString()));
    }

    public Mono<Lot> get(UUID id) {
        return sessions.current().flatMap(partner -> sessions.run(partner, () -> rows.find(id)
                .filter(lot -> lot.status() == LotStatus.OFFERED || partner.id().equals(lot.partnerId()))
                .switchIfEmpty(Mono.error(() -> new ReuseNotFound("lot " + id)))));
    }

    /** OFFERED → CLAIMED by this partner; 409 when another partner was first, 404 outside its area. */
    public Mono<Lot> claim(UUID id) {
        String guard = " AND destination <> 'INTERNAL_REDEPLOYMENT' AND partner_serves($4, department_code, category)";
        return sessions.current().flatMap(partner -> sessions.run(partner, () -> transitions.apply(id,
                LotStatus.CLAIMED, ", claimed_by = $4", guard, spec -> spec.bind("$4", partner.id()),
                partner.name(), "This lot is not open to your organisation.")));
    }

    /** COLLECTED → PROCESSED with what became of the units, by the partner that holds the lot. */
    public Mono<Lot> reportOutcome(UUID id, LotOutcome outcome) {
        return sessions.current().flatMap(partner -> sessions.run(partner, () -> rows.find(id)
                .switchIfEmpty(Mono.error(() -> new ReuseNotFound("lot " + id)))
                .doOnNext(lot -> {
                    if (partner.id().equals(lot.partnerId())) {
                        Outcomes.check(lot, outcome);
                    }
                })
                .then(transitions.apply(id, LotStatus.PROCESSED, Outcomes.SET, MINE,
                        spec -> Outcomes.bind(spec.bind("$4", partner.id()), outcome), partner.name(),
                        "Another partner holds this lot."))));
    }
}
