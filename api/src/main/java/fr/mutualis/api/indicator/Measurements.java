package fr.mutualis.api.indicator;

import fr.mutualis.api.audit.AuditLog;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.tenancy.TenantContext;
import fr.mutualis.api.shared.web.Ids;
import fr.mutualis.api.shared.web.InvalidCursor;
import fr.mutualis.api.shared.web.InvalidField;
import fr.mutualis.api.shared.web.Page;
import fr.mutualis.api.shared.web.VersionMismatch;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Yearly measurements of an authority. Entering a value is an idempotent upsert: the same value twice changes nothing
 * (same version, no audit event); a different value bumps the version.
 */
@Service
public class Measurements {

    private final MeasurementRows rows;
    private final IndicatorRows indicators;
    private final Tenancy tenancy;
    private final AuditLog audit;

    Measurements(MeasurementRows rows, IndicatorRows indicators, Tenancy tenancy, AuditLog audit) {
        this.rows = rows;
        this.indicators = indicators;
        this.tenancy = tenancy;
        this.audit = audit;
    }

    /** Enters a value; emits the measurement and whether it was created just now. */
    public Mono<Stored> put(TenantAccess access, String code, int year, MeasurementInput input,
            @Nullable Long expectedVersion) {
        checkYear("year", year);
        UUID tenant = access.authorityId();
        return tenancy.run(access.context(), () -> indicators.find(tenant, code)
                .switchIfEmpty(Mono.error(() -> new UnknownIndicator(code)))
                .doOnNext(indicator -> indicator.valueKind().check("value", input.value()))
                .then(rows.find(tenant, code, year).map(Optional::of).defaultIfEmpty(Optional.empty()))
                .flatMap(current -> store(access, code, year, input, current, expectedVersion)));
    }

    private Mono<Stored> store(TenantAccess access, String code, int year, MeasurementInput input,
            Optional<Measurement> current, @Nullable Long expectedVersion) {
        if (expectedVersion != null && current.map(m -> m.version() != expectedVersion).orElse(true)) {
            return Mono.error(new VersionMismatch());
        }
        if (current.isPresent() && current.get().sameAs(input)) {
            return Mono.just(new Stored(current.get(), false));
        }
        UUID tenant = access.authorityId();
        Mono<Long> write = current.isPresent() ? rows.update(tenant, code, year, input)
                : rows.insert(tenant, Ids.next(), code, year, input);
        return write.then(audit.append(access, "measurement.recorded", "measurement", code + "/" + year,
                        Map.of("confidential", input.confidential())))
                .then(rows.find(tenant, code, year))
                .map(stored -> new Stored(stored, current.isEmpty()));
    }

    public Mono<Measurement> find(TenantAccess access, String code, int year) {
        return tenancy.run(access.context(), () -> rows.find(access.authorityId(), code, year))
                .switchIfEmpty(Mono.error(() -> new UnknownIndicator(code + " in " + year)));
    }

    public Mono<Page<Measurement>> list(TenantAccess access, @Nullable String code, @Nullable Integer from,
            @Nullable Integer to, @Nullable String cursor, int limit) {
        String[] after = cursor == null ? null : Page.decode(cursor).split("\\|", 2);
        Integer afterYear = after == null ? null : parseYear(after);
        return tenancy.runMany(access.context(), () -> rows.list(access.authorityId(), code, from, to,
                        after == null ? null : after[0], afterYear, limit + 1))
                .collectList()
                .map(found -> Page.of(found, limit, measurement -> measurement.indicator() + "|" + measurement.year()));
    }

    /**
     * For other modules: records a value that the platform established (e.g. PIX_NR_COMPLETED from questionnaire
     * results), marked computed with how it was obtained. A value entered by hand for the same year is kept.
     */
    public Mono<Void> recordEstablished(UUID tenantId, String code, int year, BigDecimal value, String formula) {
        checkYear("year", year);
        return tenancy.run(TenantContext.system().forTenant(tenantId), () -> indicators.findShared(code)
                .switchIfEmpty(Mono.error(() -> new UnknownIndicator(code)))
                .doOnNext(indicator -> indicator.valueKind().check("value", value))
                .then(rows.upsertComputed(tenantId, Ids.next(), code, year, value, formula))).then();
    }

    /** Refuses a year outside 2000 to next year, naming the field. */
    public static void checkYear(String field, int year) {
        if (year < 2000 || year > Year.now().getValue() + 1) {
            throw new InvalidField(field, "must be a year between 2000 and next year");
        }
    }

    private static Integer parseYear(String[] after) {
        try {
            return Integer.valueOf(after[1]);
        } catch (RuntimeException e) {
            throw new InvalidCursor();
        }
    }

    /** A stored measurement and whether this request created it. */
    public record Stored(Measurement measurement, boolean created) {
    }
}
