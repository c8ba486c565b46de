package fr.mutualis.api.reuse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An equipment lot of an authority, where it stands, who holds it, and (once processed) what became of it. */
public record Lot(UUID id, String authority, String authorityName, EquipmentCategory category, int quantity,
        BigDecimal averageAgeYears, LotCondition condition, boolean dataErasureRequired, boolean classifiedData,
        String departmentCode, LotDestination destination, String description, LocalDate retiredOn, LotStatus status,
        @Nullable UUID partnerId, @Nullable String partnerName, @Nullable UUID serviceId,
        @Nullable OffsetDateTime offeredAt, @Nullable OffsetDateTime claimedAt, @Nullable OffsetDateTime collectedAt,
        @Nullable OffsetDateTime processedAt, @Nullable OffsetDateTime cancelledAt, @Nullable LotOutcome outcome,
        OffsetDateTime createdAt, long version) {
}
