package fr.mutualis.api.shared.tenancy;

import fr.mutualis.api.shared.security.Caller;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The one place that decides, for every {@code /api/v1/authorities/{slug}/...} route, whether the caller may act:
 * the platform operator may act everywhere, a member within their role, anyone else gets a 404 (no enumeration of
 * other authorities' private resources).
 */
@Component
public class AuthorityAccess {

    private static final String FIND = """
            SELECT a.id, m.role FROM authority a
            LEFT JOIN membership m ON m.tenant_id = a.id AND m.user_id = app_user()
            WHERE a.slug = $1""";

    private final DatabaseClient database;
    private final Tenancy tenancy;

    AuthorityAccess(DatabaseClient database, Tenancy tenancy) {
        this.database = database;
        this.tenancy = tenancy;
    }

    /** Resolves the authority and checks the caller's role; errors with 404 or 403. */
    public Mono<TenantAccess> require(String slug, Role minimum) {
        return Caller.current().flatMap(caller -> tenancy.run(TenantContext.of(caller),
                        () -> database.sql(FIND).bind("$1", slug)
                                .map(row -> new Found(row.get("id", UUID.class), row.get("role", String.class)))
                                .one())
                .switchIfEmpty(Mono.error(() -> new AuthorityNotFound("authority " + slug)))
                .map(found -> decide(found, slug, caller, minimum)));
    }

    private static TenantAccess decide(Found found, String slug, Caller caller, Role minimum) {
        if (caller.operator()) {
            return new TenantAccess(found.id(), slug, Role.ADMIN, caller);
        }
        if (found.role() == null) {
            throw new AuthorityNotFound("resource of authority " + slug);
        }
        Role role = Role.valueOf(found.role());
        if (!role.allows(minimum)) {
            throw new RoleTooLow(minimum);
        }
        return new TenantAccess(found.id(), slug, role, caller);
    }

    private record Found(UUID id, @Nullable String role) {
    }
}
