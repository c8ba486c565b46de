package fr.mutualis.api.indicator;

import fr.mutualis.api.audit.AuditLog;
import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.tenancy.TenantContext;
import fr.mutualis.api.shared.web.Ids;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The shared catalogue (written by the operator) and each authority's custom indicators. */
@Service
public class IndicatorCatalogue {

    private final IndicatorRows rows;
    private final Tenancy tenancy;
    private final ComputedIndicators computed;
    private final AuditLog audit;

    IndicatorCatalogue(IndicatorRows rows, Tenancy tenancy, ComputedIndicators computed, AuditLog audit) {
        this.rows = rows;
        this.tenancy = tenancy;
        this.computed = computed;
        this.audit = audit;
    }

    public Mono<List<Indicator>> shared(TenantContext context) {
        return tenancy.runMany(context, rows::catalogue).map(computed::describe).collectList();
    }

    /** The catalogue followed by the authority's custom indicators. */
    public Mono<List<Indicator>> forAuthority(TenantAccess access) {
        return tenancy.runMany(access.context(), () -> Flux.concat(rows.catalogue(),
                rows.custom(access.authorityId()))).map(computed::describe).collectList();
    }

    public Mono<Indicator> find(TenantAccess access, String code) {
        return tenancy.run(access.context(), () -> rows.find(access.authorityId(), code))
                .map(computed::describe)
                .switchIfEmpty(Mono.error(() -> new UnknownIndicator(code)));
    }

    /** Adds an indicator to the shared catalogue (operator only; checked by the caller). */
    public Mono<Indicator> addShared(Caller operator, Indicator indicator) {
        return tenancy.run(TenantContext.of(operator), () -> rows.insertShared(indicator)
                .flatMap(inserted -> inserted == 0
                        ? Mono.error(new IndicatorConflict("code", "The catalogue already has " + indicator.code()))
                        : rows.findShared(indicator.code())));
    }

    public Mono<Indicator> addCustom(TenantAccess access, Indicator indicator) {
        UUID id = Ids.next();
        return tenancy.run(access.context(), () -> rows.insertCustom(access.authorityId(), id, indicator)
                .flatMap(inserted -> inserted == 0
                        ? Mono.error(new IndicatorConflict("code", "You already have an indicator " + indicator.code()))
                        : audit.append(access, "indicator.custom.created", "indicator", indicator.code(), Map.of())
                                .then(rows.find(access.authorityId(), indicator.code()))));
    }
}
