package fr.mutualis.api.reuse;

import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Applies a move of a lot, for an authority or a partner: the conditional UPDATE of {@link LotRows#move} (allowed
 * sources from {@link LotStatus}), then the timeline entry. When nothing moved it says why: the lot is not visible to
 * the caller (404), or its status does not allow the move, or another caller was first (409).
 */
@Component
class LotTransitions {

    private final LotRows rows;

    LotTransitions(LotRows rows) {
        this.rows = rows;
    }

    Mono<Lot> apply(UUID id, LotStatus target, String set, String guard, LotRows.Binder binder, String actor,
            String conditionMessage) {
        return rows.move(id, target, set, guard, binder)
                .switchIfEmpty(Mono.defer(() -> explain(id, target, conditionMessage)))
                .flatMap(lot -> rows.recordEvent(id, actor).thenReturn(lot));
    }

    private Mono<Lot> explain(UUID id, LotStatus target, String conditionMessage) {
        return rows.find(id)
                .switchIfEmpty(Mono.error(() -> new ReuseNotFound("lot " + id)))
                .flatMap(lot -> Mono.error(lot.status().canMoveTo(target)
                        ? new LotConflict(lot.status(), conditionMessage)
                        : LotConflict.move(lot.status(), target)));
    }
}
