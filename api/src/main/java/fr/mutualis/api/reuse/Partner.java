package fr.mutualis.api.reuse;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A refurbishment or reuse partner of the shared directory, with its reviews' average. */
public record Partner(UUID id, String name, String siret, PartnerKind kind, List<PartnerService> services,
        List<EquipmentCategory> categories, List<String> departments, List<String> labels, @Nullable String website,
        @Nullable String webhookUrl, String clientId, @Nullable BigDecimal averageRating, int reviewCount,
        long version) {
}
