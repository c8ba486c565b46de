package fr.mutualis.api.plan;

import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.web.Ids;
import io.r2dbc.postgresql.codec.Json;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The history of each action: who changed it, when, and what (each field's old and new value). */
@Repository
class ActionHistory {

    private final DatabaseClient database;
    private final JsonMapper json;

    ActionHistory(DatabaseClient database, JsonMapper json) {
        this.database = database;
        this.json = json;
    }

    Mono<Void> record(UUID tenant, UUID action, Caller actor, String kind, Map<String, Object> changes) {
        return database.sql("""
                INSERT INTO plan_action_change (tenant_id, id, action_id, actor_id, actor_name, kind, changes)
                VALUES ($1, $2, $3, $4, $5, $6, $7)""")
                .bind("$1", tenant).bind("$2", Ids.next()).bind("$3", action).bind("$4", actor.userId())
                .bind("$5", actor.name()).bind("$6", kind).bind("$7", Json.of(json.writeValueAsString(changes)))
                .fetch().rowsUpdated().then();
    }

    Flux<ActionChange> of(UUID tenant, UUID action) {
        return database.sql("""
                SELECT id, changed_at, actor_name, kind, changes FROM plan_action_change
                WHERE tenant_id = $1 AND action_id = $2 ORDER BY changed_at DESC, id DESC LIMIT 200""")
                .bind("$1", tenant).bind("$2", action)
                .map(row -> new ActionChange(row.get("id", UUID.class), row.get("changed_at", OffsetDateTime.class),
                        row.get("actor_name", String.class), row.get("kind", String.class),
                        json.readValue(row.get("changes", Json.class).asString(),
                                new TypeReference<Map<String, Object>>() { })))
                .all();
    }

    /** The fields that a change really changes: {field: {from, to}}. */
    static Map<String, Object> difference(Action before, ActionDraft changes) {
        Map<String, @Nullable Object> old = ActionDraft.of(before).values();
        Map<String, Object> changed = new LinkedHashMap<>();
        changes.values().forEach((field, value) -> {
            if (value != null && !same(old.get(field), value)) {
                Map<String, Object> fromTo = new LinkedHashMap<>();
                fromTo.put("from", old.get(field) == null ? "" : String.valueOf(old.get(field)));
                fromTo.put("to", String.valueOf(value));
                changed.put(field, fromTo);
            }
        });
        return changed;
    }

    private static boolean same(@Nullable Object old, Object value) {
        if (old instanceof java.math.BigDecimal a && value instanceof java.math.BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return Objects.equals(old, value);
    }
}
