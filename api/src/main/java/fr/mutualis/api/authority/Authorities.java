package fr.mutualis.api.authority;

import fr.mutualis.api.audit.AuditLog;
import fr.mutualis.api.shared.keycloak.KeycloakOrganizations;
import fr.mutualis.api.shared.keycloak.OrganizationConflict;
import fr.mutualis.api.shared.keycloak.OrganizationSpec;
import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.AuthorityNotFound;
import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.tenancy.TenantContext;
import fr.mutualis.api.shared.web.Ids;
import fr.mutualis.api.shared.web.InvalidCursor;
import fr.mutualis.api.shared.web.Page;
import fr.mutualis.api.shared.web.VersionMismatch;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The authority registry. Creating an authority also creates its Keycloak organization: both exist together or not at
 * all, and a retried creation of the same authority answers the existing one.
 */
@Service
public class Authorities {

    private static final Map<String, String> CONFLICT_FIELDS = Map.of("alias", "slug", "domains", "emailDomains",
            "name", "slug");

    private final AuthorityRows rows;
    private final Tenancy tenancy;
    private final KeycloakOrganizations organizations;
    private final AuditLog audit;

    Authorities(AuthorityRows rows, Tenancy tenancy, KeycloakOrganizations organizations, AuditLog audit) {
        this.rows = rows;
        this.tenancy = tenancy;
        this.organizations = organizations;
        this.audit = audit;
    }

    public Mono<Authority> find(Caller caller, String slug) {
        return tenancy.run(TenantContext.of(caller), () -> rows.findBySlug(slug))
                .switchIfEmpty(Mono.error(() -> new AuthorityNotFound("authority " + slug)));
    }

    public Mono<Page<Authority>> directory(Caller caller, @Nullable AuthorityKind kind, @Nullable String region,
            @Nullable String query, @Nullable String cursor, int limit) {
        String[] position = cursor == null ? null : Page.decode(cursor).split("\u0000", 2);
        if (position != null && position.length != 2) {
            throw new InvalidCursor();
        }
        return tenancy.runMany(TenantContext.of(caller), () -> rows.directory(kind, region, query, position, limit + 1))
                .collectList()
                .map(found -> Page.of(found, limit, authority -> authority.name().toLowerCase(java.util.Locale.ROOT)
                        + "\u0000" + authority.slug()));
    }

    /** The directory as anyone sees it, without a token (the public api). */
    public Mono<Page<Authority>> publicDirectory(@Nullable AuthorityKind kind, @Nullable String region,
            @Nullable String query, @Nullable String cursor, int limit) {
        return directory(Caller.visitor(), kind, region, query, cursor, limit);
    }

    /** Creates the authority and its organization; emits the authority and whether it was created just now. */
    public Mono<Created> create(Caller caller, AuthorityDraft draft) {
        TenantContext operator = TenantContext.of(caller);
        return tenancy.run(operator, () -> rows.findBySlug(draft.slug()))
                .flatMap(existing -> existing.sameAs(draft)
                        ? Mono.just(new Created(existing, false))
                        : Mono.error(new AuthorityConflict("slug", "Another authority already uses this slug.")))
                .switchIfEmpty(Mono.defer(() -> checkFree(operator, draft)
                        .then(organizations.ensureOrganization(spec(draft)).onErrorMap(OrganizationConflict.class,
                                conflict -> new AuthorityConflict(CONFLICT_FIELDS.getOrDefault(conflict.field(),
                                        conflict.field()), conflict.getMessage())))
                        .flatMap(organizationId -> insert(caller, draft, organizationId)
                                .onErrorResume(failure -> organizations.deleteOrganization(organizationId)
                                        .onErrorResume(cleanup -> Mono.empty())
                                        .then(Mono.error(translate(failure))))))
                        .map(authority -> new Created(authority, true)));
    }

    public Mono<Authority> update(TenantAccess access, AuthorityChanges changes, @Nullable Long expectedVersion) {
        return tenancy.run(access.context(), () -> checkParent(changes.parent())
                        .then(rows.update(access.authorityId(), changes, expectedVersion))
                        .flatMap(updated -> updated == 0 ? Mono.error(new VersionMismatch()) : Mono.just(updated))
                        .then(audit.append(access, "authority.updated", "authority", access.slug(), Map.of()))
                        .then(rows.findBySlug(access.slug())))
                .onErrorMap(DataIntegrityViolationException.class, Authorities::translate)
                .flatMap(authority -> authority.organizationId() == null
                        || (changes.emailDomains() == null && changes.name() == null)
                        ? Mono.just(authority)
                        : organizations.updateOrganization(authority.organizationId(), spec(authority))
                                .thenReturn(authority));
    }

    private Mono<Authority> insert(Caller caller, AuthorityDraft draft, String organizationId) {
        UUID id = Ids.next();
        TenantContext context = TenantContext.of(caller).forTenant(id);
        return tenancy.run(context, () -> rows.insert(id, draft, organizationId)
                .then(audit.append(id, caller, "authority.created", "authority", draft.slug(),
                        Map.of("siren", draft.siren(), "kind", draft.kind().name())))
                .then(rows.findBySlug(draft.slug())));
    }

    private Mono<Void> checkFree(TenantContext operator, AuthorityDraft draft) {
        return tenancy.run(operator, () -> checkParent(draft.parent())
                .then(conflictIf(rows.exists("siren", draft.siren()), "siren",
                        "Another authority already has this SIREN."))
                .thenMany(Flux.fromIterable(draft.emailDomains()).concatMap(domain -> conflictIf(
                        rows.exists("domain", domain), "emailDomains",
                        "The e-mail domain " + domain + " already belongs to another authority.")))
                .then());
    }

    private Mono<Void> checkParent(@Nullable String parent) {
        return parent == null ? Mono.empty()
                : rows.exists("slug", parent).flatMap(found -> found ? Mono.empty() : Mono.error(new UnknownParent(parent)));
    }

    private static Mono<Void> conflictIf(Mono<Boolean> exists, String field, String detail) {
        return exists.flatMap(found -> found ? Mono.error(new AuthorityConflict(field, detail)) : Mono.empty());
    }

    private static Throwable translate(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        if (message.contains("authority_slug_key")) {
            return new AuthorityConflict("slug", "Another authority already uses this slug.");
        }
        if (message.contains("authority_siren_key")) {
            return new AuthorityConflict("siren", "Another authority already has this SIREN.");
        }
        if (message.contains("authority_domain_pkey")) {
            return new AuthorityConflict("emailDomains", "An e-mail domain already belongs to another authority.");
        }
        return failure;
    }

    /** Keycloak wants organization names unique in the realm, and many communes share a name: the slug tells them apart. */
    private static String organizationName(String name, String slug) {
        return name + " (" + slug + ")";
    }

    private static OrganizationSpec spec(AuthorityDraft draft) {
        return new OrganizationSpec(draft.slug(), organizationName(draft.name(), draft.slug()), draft.emailDomains(),
                Map.of("siren", List.of(draft.siren()), "kind", List.of(draft.kind().name())));
    }

    private static OrganizationSpec spec(Authority authority) {
        return new OrganizationSpec(authority.slug(), organizationName(authority.name(), authority.slug()),
                authority.emailDomains(),
                Map.of("siren", List.of(authority.siren()), "kind", List.of(authority.kind().name())));
    }

    /** The outcome of a creation: a retry of an identical creation answers the existing authority. */
    public record Created(Authority authority, boolean isNew) {
    }
}
