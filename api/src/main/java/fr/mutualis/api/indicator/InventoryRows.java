package fr.mutualis.api.indicator;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The SQL of device inventories and of the amortised manufacturing footprint computed from them. */
@Repository
class InventoryRows {

    private static final String UPSERT = """
            INSERT INTO device_inventory (tenant_id, id, year, units) VALUES ($1, $2, $3, $4)
            ON CONFLICT (tenant_id, year) DO UPDATE SET units = excluded.units,
                version = device_inventory.version + 1, updated_at = now()
                WHERE device_inventory.units <> excluded.units""";

    /** Σ units × kgCO2e ÷ lifespan over the categories that have a factor, with the factors' current versions. */
    private static final String EMBODIED = """
            SELECT sum(u.value::numeric * f.kg_co2e / f.lifespan_years) AS total
            FROM device_inventory i CROSS JOIN LATERAL jsonb_each_text(i.units) u
            JOIN (SELECT DISTINCT ON (category) category, kg_co2e, lifespan_years FROM footprint_factor
                  ORDER BY category, version DESC) f ON f.category = u.key
            WHERE i.tenant_id = $1 AND i.year = $2""";

    private final DatabaseClient database;
    private final JsonMapper json;

    InventoryRows(DatabaseClient database, JsonMapper json) {
        this.database = database;
        this.json = json;
    }

    Mono<DeviceInventory> find(UUID tenant, int year) {
        return database.sql("SELECT year, units, version, updated_at FROM device_inventory "
                        + "WHERE tenant_id = $1 AND year = $2").bind("$1", tenant).bind("$2", year)
                .map(this::inventory).one();
    }

    Mono<Long> upsert(UUID tenant, UUID id, int year, Map<DeviceCategory, Integer> units) {
        return database.sql(UPSERT).bind("$1", tenant).bind("$2", id).bind("$3", year)
                .bind("$4", Json.of(json.writeValueAsString(units))).fetch().rowsUpdated();
    }

    Mono<BigDecimal> embodiedCarbon(UUID tenant, int year) {
        return database.sql(EMBODIED).bind("$1", tenant).bind("$2", year)
                .map(row -> java.util.Optional.ofNullable(row.get("total", BigDecimal.class))).one()
                .flatMap(Mono::justOrEmpty);
    }

    private DeviceInventory inventory(Readable row) {
        Map<String, Integer> raw = json.readValue(row.get("units", Json.class).asString(), new TypeReference<>() { });
        Map<DeviceCategory, Integer> units = new EnumMap<>(DeviceCategory.class);
        raw.forEach((category, count) -> units.put(DeviceCategory.valueOf(category), count));
        return new DeviceInventory(row.get("year", Integer.class), units, row.get("version", Long.class),
                row.get("updated_at", OffsetDateTime.class));
    }
}
