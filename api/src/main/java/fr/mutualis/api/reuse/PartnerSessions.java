package fr.mutualis.api.reuse;

import fr.mutualis.api.shared.security.ClientTokens;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantContext;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Who the partner behind a request is (its client-credentials token names its Keycloak client in {@code azp}), and
 * the transactions it acts in: no tenant, {@code app.partner_id} set right after BEGIN (local to the transaction), so
 * that only the {@code partner_*} row-level policies let it reach authorities' lots (ADR 0011).
 */
@Component
public class PartnerSessions {

    private static final String SET_PARTNER = "SELECT set_config('app.partner_id', $1, true)";

    private final Tenancy tenancy;
    private final DatabaseClient database;
    private final PartnerRows rows;

    PartnerSessions(Tenancy tenancy, DatabaseClient database, PartnerRows rows) {
        this.tenancy = tenancy;
        this.database = database;
        this.rows = rows;
    }

    /** The registered partner whose service account sent the request; 403 for anything else. */
    public Mono<Partner> current() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> ((JwtAuthenticationToken) authentication).getToken())
                .filter(ClientTokens::isServiceAccount)
                .map(ClientTokens::clientId)
                .flatMap(clientId -> tenancy.run(context(clientId), () -> rows.findByClientId(clientId)))
                .switchIfEmpty(Mono.error(() -> new NotAPartner("This token is not the token of a registered "
                        + "partner (client credentials of its Keycloak client).")));
    }

    /** Whether the request comes from a client's service account rather than a person. */
    public static Mono<Boolean> isServiceAccountRequest() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(authentication -> ClientTokens.isServiceAccount((Jwt) authentication.getPrincipal()))
                .defaultIfEmpty(false);
    }

    public <T> Mono<T> run(Partner partner, Supplier<Mono<T>> work) {
        return tenancy.run(context(partner.clientId()), () -> actAs(partner.id()).then(Mono.defer(work)));
    }

    public <T> Flux<T> runMany(Partner partner, Supplier<Flux<T>> work) {
        return tenancy.runMany(context(partner.clientId()), () -> actAs(partner.id()).thenMany(Flux.defer(work)));
    }

    private Mono<Void> actAs(UUID partnerId) {
        return database.sql(SET_PARTNER).bind("$1", partnerId.toString()).map(row -> 1).first().then();
    }

    private static TenantContext context(String clientId) {
        return new TenantContext(null, "partner:" + clientId, false);
    }
}
