package fr.mutualis.api.reuse;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The yearly compliance report: the REEN rate of décret 2023-266 and the AGEC article 58 purchase shares, each with its
 * target (null where no target is seeded for the year) and the legal source of that target.
 */
public record ComplianceReport(String authority, int year, Reen reen, List<Agec> agec) {

    /**
     * A / B × 100: {@code sentToReuse} (A) units whose outcome says reused or refurbished, handed over during the
     * year; {@code retiredInStock} (B) retired units in stock on 1 January. Excluded: categories outside the décret,
     * equipment over 10 years old, equipment that held classified data ({@code excluded} counts them).
     */
    public record Reen(long retiredInStock, long sentToReuse, @Nullable BigDecimal rate, @Nullable BigDecimal target,
            @Nullable Boolean met, long excluded, long pendingOutcome, @Nullable String source) {
    }

    /** Spend of one category: share from reuse = amountFromReuse / amount × 100. */
    public record Agec(EquipmentCategory category, BigDecimal amount, BigDecimal amountFromReuse,
            BigDecimal amountWithRecycledContent, @Nullable BigDecimal share, @Nullable BigDecimal target,
            @Nullable Boolean met, @Nullable String source, @Nullable String note) {
    }
}
