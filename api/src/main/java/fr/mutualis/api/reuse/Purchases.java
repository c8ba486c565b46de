package fr.mutualis.api.reuse;

import fr.mutualis.api.audit.AuditLog;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.web.Ids;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The purchases ledger of an authority, per year and category. */
@Service
public class Purchases {

    private static final String INSERT = """
            INSERT INTO purchase (tenant_id, id, year, category, quantity, amount, from_reuse, recycled_content,
                                  supplier, partner_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)""";
    private static final String SELECT = """
            SELECT id, year, category, quantity, amount, from_reuse, recycled_content, supplier, partner_id
            FROM purchase WHERE tenant_id = $1 AND ($2::int IS NULL OR year = $2)
            ORDER BY year DESC, category, id LIMIT 1000""";

    private final DatabaseClient database;
    private final Tenancy tenancy;
    private final AuditLog audit;

    Purchases(DatabaseClient database, Tenancy tenancy, AuditLog audit) {
        this.database = database;
        this.tenancy = tenancy;
        this.audit = audit;
    }

    public Mono<Purchase> record(TenantAccess access, Purchase draft) {
        UUID id = Ids.next();
        Purchase purchase = new Purchase(id, draft.year(), draft.category(), draft.quantity(), draft.amount(),
                draft.fromReuse(), draft.recycledContent(), draft.supplier(), draft.partnerId());
        DatabaseClient.GenericExecuteSpec spec = database.sql(INSERT).bind("$1", access.authorityId()).bind("$2", id)
                .bind("$3", draft.year()).bind("$4", draft.category().name()).bind("$5", draft.quantity())
                .bind("$6", draft.amount()).bind("$7", draft.fromReuse()).bind("$8", draft.recycledContent())
                .bind("$9", draft.supplier());
        DatabaseClient.GenericExecuteSpec statement = LotRows.bindUuid(spec, "$10", draft.partnerId());
        return tenancy.run(access.context(), () -> statement.fetch().rowsUpdated()
                .then(audit.append(access, "purchase.recorded", "purchase", id.toString(),
                        Map.of("year", draft.year(), "category", draft.category().name())))
                .thenReturn(purchase));
    }

    public Mono<List<Purchase>> list(TenantAccess access, @Nullable Integer year) {
        DatabaseClient.GenericExecuteSpec spec = database.sql(SELECT).bind("$1", access.authorityId());
        DatabaseClient.GenericExecuteSpec statement = year == null ? spec.bindNull("$2", Integer.class)
                : spec.bind("$2", year);
        return tenancy.runMany(access.context(), () -> statement.map(row -> new Purchase(row.get("id", UUID.class),
                row.get("year", Integer.class), EquipmentCategory.valueOf(row.get("category", String.class)),
                row.get("quantity", Integer.class), row.get("amount", BigDecimal.class),
                Boolean.TRUE.equals(row.get("from_reuse", Boolean.class)),
                Boolean.TRUE.equals(row.get("recycled_content", Boolean.class)), row.get("supplier", String.class),
                row.get("partner_id", UUID.class))).all()).collectList();
    }
}
