package fr.mutualis.api.reuse.webhook;

import fr.mutualis.api.reuse.Lot;
import fr.mutualis.api.shared.web.Ids;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one pending webhook delivery per partner whose area (départements and categories) covers a lot just offered,
 * in the transaction that offers it (an outbox: the offer and its notifications commit together or not at all).
 */
@Component
public class LotOffers {

    private static final String PARTNERS = """
            SELECT id, webhook_url FROM partner
            WHERE webhook_url IS NOT NULL AND $1 = ANY (departments) AND $2 = ANY (categories)""";
    private static final String INSERT = """
            INSERT INTO webhook_delivery (tenant_id, id, partner_id, lot_id, event, url, payload)
            VALUES ($1, $2, $3, $4, 'lot.offered', $5, $6)""";

    private final DatabaseClient database;
    private final JsonMapper json;

    LotOffers(DatabaseClient database, JsonMapper json) {
        this.database = database;
        this.json = json;
    }

    public Mono<Void> notifyPartners(UUID tenant, Lot lot) {
        if (lot.destination().name().equals("INTERNAL_REDEPLOYMENT")) {
            return Mono.empty();
        }
        String payload = json.writeValueAsString(payload(lot));
        return database.sql(PARTNERS).bind("$1", lot.departmentCode()).bind("$2", lot.category().name())
                .map(row -> Map.entry(row.get("id", UUID.class), row.get("webhook_url", String.class)))
                .all().collectList()
                .flatMapMany(Flux::fromIterable)
                .concatMap(partner -> database.sql(INSERT).bind("$1", tenant).bind("$2", Ids.next())
                        .bind("$3", partner.getKey()).bind("$4", lot.id()).bind("$5", partner.getValue())
                        .bind("$6", payload).fetch().rowsUpdated())
                .then();
    }

    private static Map<String, Object> payload(Lot lot) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", "lot.offered");
        body.put("lotId", lot.id().toString());
        body.put("authority", lot.authority());
        body.put("authorityName", lot.authorityName());
        body.put("category", lot.category().name());
        body.put("quantity", lot.quantity());
        body.put("condition", lot.condition().name());
        body.put("destination", lot.destination().name());
        body.put("departmentCode", lot.departmentCode());
        body.put("dataErasureRequired", lot.dataErasureRequired());
        body.put("offeredAt", String.valueOf(lot.offeredAt()));
        body.put("claimUrl", "/public/v1/lots/" + lot.id() + "/claim");
        return body;
    }
}
