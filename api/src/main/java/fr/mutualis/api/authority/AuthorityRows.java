package fr.mutualis.api.authority;

import static fr.mutualis.api.shared.web.SqlParameters.bigint;
import static fr.mutualis.api.shared.web.SqlParameters.integer;
import static fr.mutualis.api.shared.web.SqlParameters.text;

import io.r2dbc.spi.Readable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The SQL of the authority registry, in one place. Callers run it inside a {@code Tenancy} transaction. */
@Repository
class AuthorityRows {

    private static final String SELECT = """
            SELECT a.id, a.slug, a.name, a.kind, a.siren, a.insee_code, a.population, a.agents, a.region_code,
                   a.department_code, p.slug AS parent, a.version, a.keycloak_organization_id,
                   array(SELECT d.domain FROM authority_domain d WHERE d.authority_id = a.id ORDER BY d.domain) AS domains
            FROM authority a LEFT JOIN authority p ON p.id = a.parent_id
            """;

    private static final String DIRECTORY = SELECT + """
            WHERE ($1::text IS NULL OR a.kind = $1)
              AND ($2::text IS NULL OR a.region_code = $2)
              AND ($3::text IS NULL OR strpos(lower(a.name), lower($3)) > 0 OR strpos(a.slug, lower($3)) > 0)
              AND ($4::text IS NULL OR (lower(a.name), a.slug) > ($4, $5))
            ORDER BY lower(a.name), a.slug
            LIMIT $6""";

    private static final String INSERT = """
            INSERT INTO authority (id, slug, name, kind, siren, insee_code, population, agents, region_code,
                                   department_code, parent_id, keycloak_organization_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, (SELECT id FROM authority WHERE slug = $11), $12)""";

    private static final String UPDATE = """
            UPDATE authority SET
                name = coalesce($2, name), insee_code = coalesce($3, insee_code),
                population = coalesce($4, population), agents = coalesce($5, agents),
                region_code = coalesce($6, region_code), department_code = coalesce($7, department_code),
                parent_id = CASE WHEN $8::text IS NULL THEN parent_id ELSE (SELECT id FROM authority WHERE slug = $8) END,
                version = version + 1, updated_at = now()
            WHERE id = $1 AND ($9::bigint IS NULL OR version = $9)""";

    private final DatabaseClient database;

    AuthorityRows(DatabaseClient database) {
        this.database = database;
    }

    Mono<Authority> findBySlug(String slug) {
        return database.sql(SELECT + " WHERE a.slug = $1").bind("$1", slug).map(AuthorityRows::authority).one();
    }

    Flux<Authority> directory(@Nullable AuthorityKind kind, @Nullable String region, @Nullable String query,
            @Nullable String[] after, int limit) {
        return database.sql(DIRECTORY)
                .bind("$1", text(kind == null ? null : kind.name()))
                .bind("$2", text(region))
                .bind("$3", text(query))
                .bind("$4", text(after == null ? null : after[0]))
                .bind("$5", text(after == null ? null : after[1]))
                .bind("$6", limit)
                .map(AuthorityRows::authority).all();
    }

    /** Every authority, ordered by slug, streamed (for the open-data export). */
    Flux<Authority> all() {
        return database.sql(SELECT + " ORDER BY a.slug").map(AuthorityRows::authority).all();
    }

    Mono<Boolean> exists(String column, String value) {
        String sql = switch (column) {
            case "slug" -> "SELECT 1 FROM authority WHERE slug = $1";
            case "siren" -> "SELECT 1 FROM authority WHERE siren = $1";
            default -> "SELECT 1 FROM authority_domain WHERE domain = $1";
        };
        return database.sql(sql).bind("$1", value).map(row -> true).first().defaultIfEmpty(false);
    }

    Mono<Long> insert(UUID id, AuthorityDraft draft, String organizationId) {
        return database.sql(INSERT)
                .bind("$1", id).bind("$2", draft.slug()).bind("$3", draft.name()).bind("$4", draft.kind().name())
                .bind("$5", draft.siren()).bind("$6", text(draft.inseeCode())).bind("$7", integer(draft.population()))
                .bind("$8", integer(draft.agents())).bind("$9", text(draft.regionCode()))
                .bind("$10", text(draft.departmentCode())).bind("$11", text(draft.parent()))
                .bind("$12", organizationId)
                .fetch().rowsUpdated()
                .then(replaceDomains(id, draft.emailDomains()));
    }

    /** Applies the changes if the version still matches (or none is expected); the number of rows changed. */
    Mono<Long> update(UUID id, AuthorityChanges changes, @Nullable Long expectedVersion) {
        return database.sql(UPDATE)
                .bind("$1", id).bind("$2", text(changes.name())).bind("$3", text(changes.inseeCode()))
                .bind("$4", integer(changes.population())).bind("$5", integer(changes.agents()))
                .bind("$6", text(changes.regionCode())).bind("$7", text(changes.departmentCode()))
                .bind("$8", text(changes.parent())).bind("$9", bigint(expectedVersion))
                .fetch().rowsUpdated()
                .flatMap(updated -> changes.emailDomains() == null || updated == 0
                        ? Mono.just(updated)
                        : replaceDomains(id, changes.emailDomains()).thenReturn(updated));
    }

    private Mono<Long> replaceDomains(UUID id, List<String> domains) {
        return database.sql("DELETE FROM authority_domain WHERE authority_id = $1").bind("$1", id).fetch()
                .rowsUpdated()
                .then(database.sql("INSERT INTO authority_domain (domain, authority_id) SELECT unnest($1::text[]), $2")
                        .bind("$1", domains.toArray(String[]::new)).bind("$2", id).fetch().rowsUpdated());
    }

    private static Authority authority(Readable row) {
        String[] domains = row.get("domains", String[].class);
        return new Authority(row.get("id", UUID.class), row.get("slug", String.class), row.get("name", String.class),
                AuthorityKind.valueOf(row.get("kind", String.class)), row.get("siren", String.class),
                row.get("insee_code", String.class), row.get("population", Integer.class),
                row.get("agents", Integer.class), row.get("region_code", String.class),
                row.get("department_code", String.class), row.get("parent", String.class),
                domains == null ? List.of() : Arrays.asList(domains), row.get("version", Long.class),
                row.get("keycloak_organization_id", String.class));
    }
}
