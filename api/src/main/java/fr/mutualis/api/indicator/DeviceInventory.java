package fr.mutualis.api.indicator;

import java.time.OffsetDateTime;
import java.util.Map;

/** The devices an authority owns in a year, per category. */
public record DeviceInventory(int year, Map<DeviceCategory, Integer> units, long version, OffsetDateTime updatedAt) {
}
