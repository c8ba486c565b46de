package fr.mutualis.api.shared.tenancy;

import fr.mutualis.api.shared.security.Caller;
import java.util.UUID;
import java.util.function.Function;
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

    /** The authority with the slug $1 and the caller's membership of it, if any. */
    private static final String AUTHORITY_AND_MEMBERSHIP = """
            FROM authority a
            LEFT JOIN membership m ON m.tenant_id = a.id AND m.user_id = app_user()
            WHERE a.slug = $1""";

    private static final String FIND = "SELECT a.id, m.role " + AUTHORITY_AND_MEMBERSHIP;

    /**
     * {@link #FIND}, and the transaction acts for the authority from then on if the caller is a member or the
     * operator (the role's level is checked afterwards, in Java, before any work starts).
     */
    private static final String FIND_AND_ACT_FOR = "SELECT a.id, m.role, set_config('app.tenant_id', "
            + "CASE WHEN m.role IS NOT NULL OR app_is_operator() THEN a.id::text ELSE '' END, true) AS acting "
            + AUTHORITY_AND_MEMBERSHIP;

    private final DatabaseClient database;
    private final Tenancy tenancy;

    AuthorityAccess(DatabaseClient database, Tenancy tenancy) {
        this.database = database;
        this.tenancy = tenancy;
    }

    /** Resolves the authority and checks the caller's role; errors with 404 or 403. */
    public Mono<TenantAccess> require(String slug, Role minimum) {
        return Caller.current().flatMap(caller -> tenancy.run(TenantContext.of(caller), () -> find(FIND, slug))
                .map(found -> decide(found, slug, caller, minimum)));
    }

    /**
     * Checks access as {@link #require} does, then runs {@code work} in the same transaction, acting for the
     * authority: the {@link Tenancy#run} calls of {@code work} join that transaction, whose {@code app.tenant_id} is
     * set by the statement that finds the membership. One transaction and one statement instead of two transactions,
     * for routes whose work is database work only (a read route that does not call Keycloak or send anything after
     * its commit).
     */
    public <T> Mono<T> within(String slug, Role minimum, Function<TenantAccess, Mono<T>> work) {
        return Caller.current().flatMap(caller -> tenancy.run(TenantContext.of(caller),
                () -> find(FIND_AND_ACT_FOR, slug).map(found -> decide(found, slug, caller, minimum)).flatMap(work)));
    }

    private Mono<Found> find(String query, String slug) {
        return database.sql(query).bind("$1", slug)
                .map(row -> new Found(row.get("id", UUID.class), row.get("role", String.class)))
                .one()
                .switchIfEmpty(Mono.error(() -> new AuthorityNotFound("authority " + slug)));
    }

    private static TenantAccess decide(Found found, String slug, Caller caller, Role minimum) {
        return decide(found.id(), found.role(), slug, caller, minimum);
    }

    /**
     * The decision, for a membership ({@code role}: the caller's role in the authority {@code id}, null for none)
     * that PostgreSQL found in the same statement as the route's work (such a statement must do no work for a caller
     * who is neither a member nor the operator, as {@code member_comparison} of V15). Throws a 404 or a 403.
     */
    public static TenantAccess decide(UUID id, @Nullable String role, String slug, Caller caller, Role minimum) {
        if (caller.operator()) {
            return new TenantAccess(id, slug, Role.ADMIN, caller);
        }
        if (role == null) {
            throw new AuthorityNotFound("resource of authority " + slug);
        }
        Role found = Role.valueOf(role);
        if (!found.allows(minimum)) {
            throw new RoleTooLow(minimum);
        }
        return new TenantAccess(id, slug, found, caller);
    }

    private record Found(UUID id, @Nullable String role) {
    }
}
