package fr.mutualis.api.indicator;

import fr.mutualis.api.audit.AuditLog;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.web.Ids;
import fr.mutualis.api.shared.web.InvalidField;
import fr.mutualis.api.shared.web.VersionMismatch;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Device inventories per authority and year; saving one recomputes the indicators computed from it. */
@Service
public class Inventories {

    private final InventoryRows rows;
    private final ComputedIndicators computed;
    private final Tenancy tenancy;
    private final AuditLog audit;

    Inventories(InventoryRows rows, ComputedIndicators computed, Tenancy tenancy, AuditLog audit) {
        this.rows = rows;
        this.computed = computed;
        this.tenancy = tenancy;
        this.audit = audit;
    }

    public Mono<DeviceInventory> find(TenantAccess access, int year) {
        Measurements.checkYear("year", year);
        return tenancy.run(access.context(), () -> rows.find(access.authorityId(), year))
                .switchIfEmpty(Mono.error(() -> new UnknownIndicator("inventory for " + year)));
    }

    public Mono<DeviceInventory> put(TenantAccess access, int year, Map<DeviceCategory, Integer> units,
            @Nullable Long expectedVersion) {
        Measurements.checkYear("year", year);
        units.forEach((category, count) -> {
            if (count == null || count < 0) {
                throw new InvalidField("units." + category, "a count must be a whole number, not negative");
            }
        });
        return tenancy.run(access.context(), () -> rows.find(access.authorityId(), year)
                        .map(inventory -> inventory.version()).defaultIfEmpty(-1L)
                        .flatMap(version -> expectedVersion != null && version != expectedVersion.longValue()
                                ? Mono.error(new VersionMismatch())
                                : rows.upsert(access.authorityId(), Ids.next(), year, units))
                        .flatMap(changed -> changed == 0 ? Mono.<Void>empty()
                                : audit.append(access, "inventory.saved", "inventory", String.valueOf(year), Map.of()))
                        .then(rows.find(access.authorityId(), year)))
                .flatMap(saved -> computed.refresh(access.authorityId(), year).thenReturn(saved));
    }
}
