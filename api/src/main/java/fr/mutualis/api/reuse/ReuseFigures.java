package fr.mutualis.api.reuse;

import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The yearly reuse figures of an authority, for the indicators module (codes of the indicator catalogue), computed in
 * SQL from this module's data. Each is a percentage with one decimal, or null when its base is zero (no spend, no
 * retired stock, nothing handed over): "no data", not 0 %.
 */
@Service
public class ReuseFigures {

    /** The four figures of one authority and year. */
    public record Yearly(UUID authorityId, int year, @Nullable BigDecimal reusePurchaseShare,
            @Nullable BigDecimal recycledPurchaseShare, @Nullable BigDecimal retiredReuseRate,
            @Nullable BigDecimal localRefurbShare) {
    }

    private final ComplianceRows rows;
    private final Tenancy tenancy;

    ReuseFigures(ComplianceRows rows, Tenancy tenancy) {
        this.rows = rows;
        this.tenancy = tenancy;
    }

    /**
     * REUSE_PURCHASE_SHARE (spend from reuse / spend), RECYCLED_PURCHASE_SHARE (spend with recycled content / spend),
     * RETIRED_REUSE_RATE (the décret 2023-266 rate, as in the compliance report), LOCAL_REFURB_SHARE (units handed over
     * in the year to social-economy partners or partners serving the lot's département / units handed over).
     */
    public Mono<Yearly> of(UUID authorityId, int year) {
        TenantContext context = TenantContext.system().forTenant(authorityId);
        return tenancy.run(context, () -> Mono.zip(rows.spend(authorityId, year), rows.reen(authorityId, year),
                        rows.localHandOvers(authorityId, year))
                .map(all -> new Yearly(authorityId, year, Percent.of(all.getT1()[1], all.getT1()[0]),
                        Percent.of(all.getT1()[2], all.getT1()[0]), all.getT2().rate(),
                        Percent.of(all.getT3()[0], all.getT3()[1]))));
    }
}
