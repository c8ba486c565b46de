package fr.mutualis.api.indicator;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * An indicator of the catalogue whose value the platform works out from data it already holds (the device inventory,
 * the reuse lots and purchases, questionnaire results…). Any module may declare one as a Spring bean: the indicator
 * module collects every bean of this type, stores each value as a measurement marked computed with its
 * {@link #formula()}, and compares it like any other value.
 *
 * <p>{@link #compute} runs inside a transaction whose tenant (PostgreSQL {@code app.tenant_id}) is already set to
 * {@code tenantId}: read your module's tables with a plain {@code DatabaseClient}, filtering on {@code tenant_id}
 * explicitly. Emit {@code Optional.empty()} when the data for that year do not exist: nothing is stored then, and a
 * value entered by hand is never overwritten by a computed one.
 *
 * <p>The value is the raw value of the indicator, before the catalogue's normalisation (e.g. total kgCO2e a year
 * for {@code EMBODIED_CO2_PER_AGENT}, whose normalisation divides by agents when comparing).
 */
public interface ComputedIndicator {

    /** The catalogue code this computes, e.g. {@code REUSE_PURCHASE_SHARE}. */
    String code();

    /** The formula, in plain French, shown to users beside every computed value. */
    String formula();

    /** The value for this authority and year, or empty when the data do not exist. */
    Mono<Optional<BigDecimal>> compute(UUID tenantId, int year);
}
