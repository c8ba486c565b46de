package fr.mutualis.api.reuse.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** The delivery log of a partner, newest first. Run inside the partner's or the operator's transaction. */
@Component
public class WebhookDeliveries {

    private static final String SELECT = """
            SELECT id, partner_id, lot_id, event, url, status, attempts, last_status, last_error, created_at,
                   next_attempt_at, delivered_at
            FROM webhook_delivery WHERE partner_id = $1 ORDER BY created_at DESC, id DESC LIMIT $2""";

    private final DatabaseClient database;

    WebhookDeliveries(DatabaseClient database) {
        this.database = database;
    }

    public Flux<WebhookDelivery> of(UUID partnerId, int limit) {
        return database.sql(SELECT).bind("$1", partnerId).bind("$2", limit)
                .map(row -> new WebhookDelivery(row.get("id", UUID.class), row.get("partner_id", UUID.class),
                        row.get("lot_id", UUID.class), row.get("event", String.class), row.get("url", String.class),
                        row.get("status", String.class), row.get("attempts", Integer.class),
                        row.get("last_status", Integer.class), row.get("last_error", String.class),
                        row.get("created_at", OffsetDateTime.class), row.get("next_attempt_at", OffsetDateTime.class),
                        row.get("delivered_at", OffsetDateTime.class)))
                .all();
    }
}
