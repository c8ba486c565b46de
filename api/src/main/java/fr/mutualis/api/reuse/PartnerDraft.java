package fr.mutualis.api.reuse;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A partner's profile as the operator registers it, or (fields left null: unchanged) as a change. */
public record PartnerDraft(@Nullable String name, @Nullable String siret, @Nullable PartnerKind kind,
        @Nullable List<PartnerService> services, @Nullable List<EquipmentCategory> categories,
        @Nullable List<String> departments, @Nullable List<String> labels, @Nullable String website,
        @Nullable String webhookUrl) {
}
