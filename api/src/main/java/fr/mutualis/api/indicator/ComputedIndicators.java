package fr.mutualis.api.indicator;

import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantContext;
import fr.mutualis.api.shared.web.Ids;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Every {@link ComputedIndicator} bean of the application, whichever module declares it. Refreshing stores each
 * computed value as a measurement marked computed, with its formula, so that PostgreSQL compares it like the others.
 */
@Service
public class ComputedIndicators {

    private final Map<String, ComputedIndicator> byCode;
    private final MeasurementRows rows;
    private final Tenancy tenancy;

    ComputedIndicators(List<ComputedIndicator> indicators, MeasurementRows rows, Tenancy tenancy) {
        this.byCode = indicators.stream().collect(Collectors.toUnmodifiableMap(ComputedIndicator::code,
                Function.identity()));
        this.rows = rows;
        this.tenancy = tenancy;
    }

    /** The indicator with its formula when the platform computes it. */
    Indicator describe(Indicator indicator) {
        ComputedIndicator computer = byCode.get(indicator.code());
        return computer == null || indicator.custom() ? indicator : indicator.withFormula(computer.formula());
    }

    /**
     * Works out every computed indicator of an authority for a year and stores the values that exist; a computed value
     * that no longer exists is removed, a value entered by hand is kept. Emits the codes that have a computed value.
     */
    public Mono<List<String>> refresh(UUID tenantId, int year) {
        TenantContext context = TenantContext.system().forTenant(tenantId);
        return tenancy.runMany(context, () -> Flux.fromIterable(byCode.values())
                        .concatMap(indicator -> indicator.compute(tenantId, year)
                                .flatMap(value -> value.isPresent()
                                        ? store(tenantId, indicator, year, value.get()).thenReturn(indicator.code())
                                        : rows.deleteComputed(tenantId, indicator.code(), year).then(Mono.empty()))))
                .collectList();
    }

    private Mono<Long> store(UUID tenantId, ComputedIndicator indicator, int year, BigDecimal value) {
        return rows.upsertComputed(tenantId, Ids.next(), indicator.code(), year,
                value.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros(), indicator.formula());
    }
}
