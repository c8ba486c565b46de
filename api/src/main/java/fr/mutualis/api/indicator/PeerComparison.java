package fr.mutualis.api.indicator;

import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.AuthorityNotFound;
import fr.mutualis.api.shared.tenancy.Role;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.tenancy.TenantContext;
import fr.mutualis.api.shared.web.InvalidField;
import java.time.Year;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Compares an authority with its peers, and serves the open statistics. The figures come from PostgreSQL
 * ({@link StatisticsRows}); this class only checks what is asked and attaches the indicator.
 */
@Service
public class PeerComparison {

    static final int MAX_SERIES_YEARS = 30;

    private final StatisticsRows statistics;
    private final IndicatorRows indicators;
    private final ComputedIndicators computed;
    private final Tenancy tenancy;

    PeerComparison(StatisticsRows statistics, IndicatorRows indicators, ComputedIndicators computed,
            Tenancy tenancy) {
        this.statistics = statistics;
        this.indicators = indicators;
        this.computed = computed;
        this.tenancy = tenancy;
    }

    /**
     * The authority {@code slug} among its peers, for a member of it (any role) or the operator; anyone else gets a
     * 404, as from {@link AuthorityAccess}. For a year, or (year null) for the latest year the authority has a value
     * for, else last year. The access check, the caller's settings for row-level security and the comparison are one
     * statement ({@code member_comparison}, V15): issue 5's cost is per round trip to PostgreSQL.
     */
    public Mono<Comparison> compare(String slug, String code, @Nullable Integer requestedYear, PeerGroup peers) {
        if (requestedYear != null) {
            Measurements.checkYear("year", requestedYear);
        }
        int lastYear = Year.now().getValue() - 1;
        return Caller.current().flatMap(caller -> statistics
                .memberComparison(TenantContext.of(caller), slug, code, requestedYear, lastYear, peers)
                .switchIfEmpty(Mono.error(() -> new AuthorityNotFound("authority " + slug)))
                .flatMap(found -> {
                    AuthorityAccess.decide(found.authorityId(), found.role(), slug, caller, Role.VIEWER);
                    StatisticsRows.Compared compared = found.compared();
                    if (compared == null || found.year() == null) {
                        return Mono.error(new UnknownIndicator(code));
                    }
                    int year = found.year();
                    return comparable(compared.indicator()).map(indicator -> {
                        StatisticsRows.Row row = compared.row();
                        return new Comparison(indicator, year, peers, row.value(), row.normalizedValue(),
                                row.confidential(), row.peerGroup(), row.rank(), row.percentile());
                    });
                }));
    }

    public Mono<List<SeriesPoint>> series(TenantAccess access, String code, int from, int to, PeerGroup peers) {
        Measurements.checkYear("from", from);
        Measurements.checkYear("to", to);
        if (to < from || to - from >= MAX_SERIES_YEARS) {
            throw new InvalidField("to", "must be after from, at most " + MAX_SERIES_YEARS + " years later");
        }
        return tenancy.run(access.context(), () -> comparable(access, code)
                .flatMap(indicator -> statistics.series(access.authorityId(), code, from, to, peers).collectList()));
    }

    /** Open statistics, for anyone: aggregates of shared values only, under the same threshold. */
    public Mono<Distribution> openStatistics(String code, int year, @Nullable String kind, @Nullable String region) {
        Measurements.checkYear("year", year);
        TenantContext anonymous = new TenantContext(null, "anonymous", false);
        return tenancy.run(anonymous, () -> indicators.findShared(code)
                .switchIfEmpty(Mono.error(() -> new UnknownIndicator(code)))
                .then(statistics.statistics(code, year, kind, region)));
    }

    private Mono<Indicator> comparable(TenantAccess access, String code) {
        return indicators.find(access.authorityId(), code)
                .switchIfEmpty(Mono.error(() -> new UnknownIndicator(code)))
                .flatMap(this::comparable);
    }

    private Mono<Indicator> comparable(Indicator indicator) {
        return indicator.custom()
                ? Mono.error(new IndicatorConflict("code", "Your own indicators are never compared."))
                : Mono.just(computed.describe(indicator));
    }
}
