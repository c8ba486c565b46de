package fr.mutualis.api.reuse.webhook;

import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantContext;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import io.netty.channel.ChannelOption;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends due webhook deliveries. Each round leases up to 20 due rows (one UPDATE with {@code FOR UPDATE SKIP LOCKED}:
 * several api instances never send the same delivery twice at once), POSTs each signed body, then records the answer:
 * 2xx delivered; otherwise retried after an exponential backoff until {@code maxAttempts}, then FAILED.
 */
@Component
class WebhookDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final String LEASE = """
            UPDATE webhook_delivery d SET attempts = d.attempts + 1, next_attempt_at = now() + interval '2 minutes'
            FROM partner_secret s
            WHERE s.partner_id = d.partner_id AND (d.tenant_id, d.id) IN (
                SELECT tenant_id, id FROM webhook_delivery WHERE status = 'PENDING' AND next_attempt_at <= now()
                ORDER BY next_attempt_at LIMIT 20 FOR UPDATE SKIP LOCKED)
            RETURNING d.tenant_id, d.id, d.url, d.event, d.payload, d.attempts, s.webhook_secret""";
    private static final String RESULT = """
            UPDATE webhook_delivery SET status = $3, last_status = $4, last_error = $5,
                next_attempt_at = now() + make_interval(secs => $6),
                delivered_at = CASE WHEN $3 = 'DELIVERED' THEN now() END
            WHERE tenant_id = $1 AND id = $2""";

    private final DatabaseClient database;
    private final Tenancy tenancy;
    private final WebhookProperties properties;
    private final WebClient http;
    private volatile Disposable rounds;

    WebhookDispatcher(DatabaseClient database, Tenancy tenancy, WebhookProperties properties) {
        this.database = database;
        this.tenancy = tenancy;
        this.properties = properties;
        this.http = WebClient.builder().clientConnector(new ReactorClientHttpConnector(HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) properties.timeout().toMillis())
                .followRedirect(false))).build();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        rounds = Flux.interval(properties.pollInterval())
                .onBackpressureDrop()
                .concatMap(tick -> dispatchDue().onErrorResume(failure -> {
                    log.warn("Webhook round failed: {}", failure.getMessage());
                    return Mono.just(0);
                }))
                .subscribe();
    }

    /** One round: sends every due delivery; answers how many were attempted. */
    Mono<Integer> dispatchDue() {
        return tenancy.runMany(TenantContext.system(), () -> database.sql(LEASE).map(row -> new Due(
                        row.get("tenant_id", UUID.class), row.get("id", UUID.class), row.get("url", String.class),
                        row.get("event", String.class), row.get("payload", String.class),
                        row.get("attempts", Integer.class), row.get("webhook_secret", String.class))).all())
                .flatMap(this::send, 4)
                .count().map(Long::intValue);
    }

    private Mono<Void> send(Due due) {
        long timestamp = Instant.now().getEpochSecond();
        return http.post().uri(due.url()).contentType(MediaType.APPLICATION_JSON)
                .header(WebhookSignature.HEADER, WebhookSignature.header(due.secret(), timestamp, due.payload()))
                .header("Mutualis-Event", due.event())
                .header("Mutualis-Delivery", due.id().toString())
                .bodyValue(due.payload())
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value()))
                .timeout(properties.timeout())
                .flatMap(status -> record(due, status, status / 100 == 2 ? null : "HTTP " + status))
                .onErrorResume(failure -> record(due, null, String.valueOf(failure.getMessage())));
    }

    private Mono<Void> record(Due due, Integer status, String error) {
        boolean delivered = error == null;
        String outcome = delivered ? "DELIVERED" : due.attempts() >= properties.maxAttempts() ? "FAILED" : "PENDING";
        long delay = delivered ? 0 : properties.backoff(due.attempts()).toSeconds();
        DatabaseClient.GenericExecuteSpec spec = database.sql(RESULT).bind("$1", due.tenantId()).bind("$2", due.id())
                .bind("$3", outcome).bind("$6", (double) delay);
        spec = status == null ? spec.bindNull("$4", Integer.class) : spec.bind("$4", status);
        spec = error == null ? spec.bindNull("$5", String.class) : spec.bind("$5", truncate(error));
        DatabaseClient.GenericExecuteSpec statement = spec;
        return tenancy.run(TenantContext.system(), () -> statement.fetch().rowsUpdated()).then();
    }

    private static String truncate(String error) {
        return error.length() > 300 ? error.substring(0, 300) : error;
    }

    @Override
    public void destroy() {
        Disposable current = rounds;
        if (current != null) {
            current.dispose();
        }
    }

    private record Due(UUID tenantId, UUID id, String url, String event, String payload, int attempts,
            String secret) {
    }
}
