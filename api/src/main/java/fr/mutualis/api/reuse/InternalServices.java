package fr.mutualis.api.reuse;

import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.web.Ids;
import io.r2dbc.spi.Readable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * The authority's services for internal redeployment. Suggestions for a lot: STANDARD services only (vital services
 * need irreproachable hardware), those that need the lot's category first, then the largest.
 */
@Service
public class InternalServices {

    private static final String COLUMNS = "SELECT id, name, tier, agents, needs FROM authority_service ";
    private static final String SUGGEST = COLUMNS + """
            WHERE tenant_id = $1 AND tier = 'STANDARD'
            ORDER BY ($2 = ANY (needs)) DESC, agents DESC, name LIMIT 5""";

    private final DatabaseClient database;
    private final Tenancy tenancy;
    private final LotRows lots;

    InternalServices(DatabaseClient database, Tenancy tenancy, LotRows lots) {
        this.database = database;
        this.tenancy = tenancy;
        this.lots = lots;
    }

    public Mono<InternalService> create(TenantAccess access, InternalService draft) {
        UUID id = Ids.next();
        return tenancy.run(access.context(), () -> database.sql("INSERT INTO authority_service (tenant_id, id, name, "
                                + "tier, agents, needs) VALUES ($1, $2, $3, $4, $5, $6)")
                        .bind("$1", access.authorityId()).bind("$2", id).bind("$3", draft.name().strip())
                        .bind("$4", draft.tier().name()).bind("$5", draft.agents())
                        .bind("$6", draft.needs().stream().map(Enum::name).distinct().toArray(String[]::new))
                        .fetch().rowsUpdated())
                .onErrorMap(org.springframework.dao.DataIntegrityViolationException.class,
                        e -> new PartnerConflict("name", "This authority already has a service with this name."))
                .thenReturn(new InternalService(id, draft.name().strip(), draft.tier(), draft.agents(), draft.needs()));
    }

    public Mono<List<InternalService>> list(TenantAccess access) {
        return tenancy.runMany(access.context(), () -> database.sql(COLUMNS + "WHERE tenant_id = $1 ORDER BY name")
                .bind("$1", access.authorityId()).map(InternalServices::service).all()).collectList();
    }

    /** Standard services to give a lot to (404 for a lot of another authority). */
    public Mono<List<InternalService>> suggestions(TenantAccess access, UUID lotId) {
        return tenancy.run(access.context(), () -> lots.find(lotId)
                .filter(lot -> lot.authority().equals(access.slug()))
                .switchIfEmpty(Mono.error(() -> new ReuseNotFound("lot " + lotId)))
                .flatMap(lot -> database.sql(SUGGEST).bind("$1", access.authorityId())
                        .bind("$2", lot.category().name()).map(InternalServices::service).all().collectList()));
    }

    private static InternalService service(Readable row) {
        String[] needs = row.get("needs", String[].class);
        return new InternalService(row.get("id", UUID.class), row.get("name", String.class),
                ServiceTier.valueOf(row.get("tier", String.class)), row.get("agents", Integer.class),
                needs == null ? List.of() : Arrays.stream(needs).map(EquipmentCategory::valueOf).toList());
    }
}
