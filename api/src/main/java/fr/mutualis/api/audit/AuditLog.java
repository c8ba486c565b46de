package fr.mutualis.api.audit;

import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.web.Ids;
import fr.mutualis.api.shared.web.InvalidCursor;
import fr.mutualis.api.shared.web.SqlParameters;
import fr.mutualis.api.shared.web.Page;
import fr.mutualis.api.shared.web.RequestIds;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only log of every write. {@link #append} joins the caller's transaction, so that an event exists exactly
 * when the write it describes was committed; the runtime role cannot update or delete events.
 */
@Service
public class AuditLog {

    private static final String INSERT = """
            INSERT INTO audit_event (tenant_id, id, actor_id, actor_name, action, target_type, target_id, request_id,
                                     details)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)""";

    private static final String RECENT = """
            SELECT id, occurred_at, actor_id, actor_name, action, target_type, target_id, request_id, details
            FROM audit_event
            WHERE tenant_id = $1 AND ($2::timestamptz IS NULL OR (occurred_at, id) < ($2::timestamptz, $3::uuid))
            ORDER BY occurred_at DESC, id DESC
            LIMIT $4""";

    private final DatabaseClient database;
    private final Tenancy tenancy;
    private final JsonMapper json;

    AuditLog(DatabaseClient database, Tenancy tenancy, JsonMapper json) {
        this.database = database;
        this.tenancy = tenancy;
        this.json = json;
    }

    public Mono<Void> append(TenantAccess access, String action, String targetType, String targetId,
            Map<String, Object> details) {
        return append(access.authorityId(), access.caller(), action, targetType, targetId, details);
    }

    public Mono<Void> append(UUID tenant, Caller actor, String action, String targetType, String targetId,
            Map<String, Object> details) {
        return RequestIds.current().flatMap(requestId -> database.sql(INSERT)
                .bind("$1", tenant).bind("$2", Ids.next()).bind("$3", actor.userId()).bind("$4", actor.name())
                .bind("$5", action).bind("$6", targetType).bind("$7", targetId).bind("$8", requestId)
                .bind("$9", Json.of(json.writeValueAsString(details)))
                .fetch().rowsUpdated()).then();
    }

    /** The newest events of the authority, a page at a time. */
    public Mono<Page<AuditEvent>> recent(TenantAccess access, @Nullable String cursor, int limit) {
        Position after = cursor == null ? Position.START : Position.of(Page.decode(cursor));
        return tenancy.runMany(access.context(), () -> database.sql(RECENT)
                        .bind("$1", access.authorityId())
                        .bind("$2", SqlParameters.text(after.occurredAt()))
                        .bind("$3", SqlParameters.text(after.id()))
                        .bind("$4", limit + 1)
                        .map(this::event).all())
                .collectList()
                .map(events -> Page.of(events, limit, event -> event.occurredAt() + "|" + event.id()));
    }

    /** Where a page starts: after this event (newest first). */
    private record Position(@Nullable String occurredAt, @Nullable String id) {

        static final Position START = new Position(null, null);

        static Position of(String key) {
            String[] parts = key.split("\\|", 2);
            try {
                return new Position(OffsetDateTime.parse(parts[0]).toString(), UUID.fromString(parts[1]).toString());
            } catch (RuntimeException e) {
                throw new InvalidCursor();
            }
        }
    }

    private AuditEvent event(Readable row) {
        Json details = row.get("details", Json.class);
        return new AuditEvent(row.get("id", UUID.class), row.get("occurred_at", OffsetDateTime.class),
                row.get("actor_id", String.class), row.get("actor_name", String.class), row.get("action", String.class),
                row.get("target_type", String.class), row.get("target_id", String.class),
                row.get("request_id", String.class),
                details == null ? Map.of() : json.readValue(details.asString(), new TypeReference<>() { }));
    }
}
