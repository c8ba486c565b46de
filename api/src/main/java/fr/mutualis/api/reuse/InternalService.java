package fr.mutualis.api.reuse;

import java.util.List;
import java.util.UUID;

/** A service of an authority (e.g. "Lycées – équipes mobiles"), tagged VITAL or STANDARD, and what it needs. */
public record InternalService(UUID id, String name, ServiceTier tier, int agents, List<EquipmentCategory> needs) {
}
