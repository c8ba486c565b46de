package fr.mutualis.api.reuse;

import static fr.mutualis.api.shared.web.SqlParameters.bigint;
import static fr.mutualis.api.shared.web.SqlParameters.text;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The SQL of the partner directory and its reviews. */
@Repository
class PartnerRows {

    private static final String SELECT = """
            SELECT p.*, r.average, coalesce(r.count, 0) AS review_count FROM partner p
            LEFT JOIN (SELECT partner_id, round(avg(rating), 1) AS average, count(*) AS count FROM partner_review
                       GROUP BY partner_id) r ON r.partner_id = p.id
            """;
    private static final String DIRECTORY = SELECT + """
            WHERE ($1::text IS NULL OR $1 = ANY (p.departments)) AND ($2::text IS NULL OR $2 = ANY (p.services))
              AND ($3::text IS NULL OR $3 = ANY (p.categories))
              AND ($4::text IS NULL OR (lower(p.name), p.id::text) > ($4, $5))
            ORDER BY lower(p.name), p.id LIMIT $6""";
    private static final String INSERT = """
            INSERT INTO partner (id, name, siret, kind, services, categories, departments, labels, website,
                                 webhook_url, client_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)""";
    private static final String UPDATE = """
            UPDATE partner SET name = coalesce($2, name), kind = coalesce($3, kind),
                services = coalesce($4, services), categories = coalesce($5, categories),
                departments = coalesce($6, departments), labels = coalesce($7, labels),
                website = coalesce($8, website), webhook_url = coalesce($9, webhook_url),
                version = version + 1, updated_at = now()
            WHERE id = $1 AND ($10::bigint IS NULL OR version = $10)""";
    private static final String REVIEWS = """
            SELECT r.id, r.partner_id, a.slug, a.name, r.rating, r.comment, r.author, r.updated_at, r.version
            FROM partner_review r JOIN authority a ON a.id = r.tenant_id
            WHERE r.partner_id = $1 ORDER BY r.updated_at DESC LIMIT 200""";
    private static final String UPSERT_REVIEW = """
            INSERT INTO partner_review (tenant_id, id, partner_id, rating, comment, author) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (tenant_id, partner_id) DO UPDATE SET rating = excluded.rating, comment = excluded.comment,
                author = excluded.author, version = partner_review.version + 1, updated_at = now()
            RETURNING (xmax = 0) AS created""";

    private final DatabaseClient database;

    PartnerRows(DatabaseClient database) {
        this.database = database;
    }

    Flux<Partner> directory(@Nullable String department, @Nullable PartnerService service,
            @Nullable EquipmentCategory category, String @Nullable [] after, int limit) {
        return database.sql(DIRECTORY).bind("$1", text(department))
                .bind("$2", text(service == null ? null : service.name()))
                .bind("$3", text(category == null ? null : category.name()))
                .bind("$4", text(after == null ? null : after[0])).bind("$5", text(after == null ? null : after[1]))
                .bind("$6", limit).map(PartnerRows::partner).all();
    }

    Mono<Partner> find(UUID id) {
        return database.sql(SELECT + " WHERE p.id = $1").bind("$1", id).map(PartnerRows::partner).one();
    }

    Mono<Partner> findByClientId(String clientId) {
        return database.sql(SELECT + " WHERE p.client_id = $1").bind("$1", clientId).map(PartnerRows::partner).one();
    }

    Mono<Boolean> exists(String column, String value) {
        String sql = column.equals("siret") ? "SELECT 1 FROM partner WHERE siret = $1"
                : "SELECT 1 FROM partner WHERE client_id = $1";
        return database.sql(sql).bind("$1", value).map(row -> true).first().defaultIfEmpty(false);
    }

    Mono<Void> insert(UUID id, PartnerDraft draft, String clientId, String webhookSecret) {
        return database.sql(INSERT).bind("$1", id).bind("$2", draft.name()).bind("$3", draft.siret())
                .bind("$4", draft.kind().name()).bind("$5", names(draft.services(), Enum::name))
                .bind("$6", names(draft.categories(), Enum::name)).bind("$7", names(draft.departments(), s -> s))
                .bind("$8", names(draft.labels(), s -> s)).bind("$9", text(draft.website()))
                .bind("$10", text(draft.webhookUrl())).bind("$11", clientId)
                .fetch().rowsUpdated()
                .then(database.sql("INSERT INTO partner_secret (partner_id, webhook_secret) VALUES ($1, $2)")
                        .bind("$1", id).bind("$2", webhookSecret).fetch().rowsUpdated())
                .then();
    }

    Mono<Long> update(UUID id, PartnerDraft changes, @Nullable Long expectedVersion) {
        DatabaseClient.GenericExecuteSpec spec = database.sql(UPDATE).bind("$1", id).bind("$2", text(changes.name()))
                .bind("$3", text(changes.kind() == null ? null : changes.kind().name()))
                .bind("$8", text(changes.website())).bind("$9", text(changes.webhookUrl()))
                .bind("$10", bigint(expectedVersion));
        spec = array(spec, "$4", changes.services(), Enum::name);
        spec = array(spec, "$5", changes.categories(), Enum::name);
        spec = array(spec, "$6", changes.departments(), s -> s);
        spec = array(spec, "$7", changes.labels(), s -> s);
        return spec.fetch().rowsUpdated();
    }

    Flux<Review> reviews(UUID partnerId) {
        return database.sql(REVIEWS).bind("$1", partnerId)
                .map(row -> new Review(row.get("id", UUID.class), row.get("partner_id", UUID.class),
                        row.get("slug", String.class), row.get("name", String.class), row.get("rating", Integer.class),
                        row.get("comment", String.class), row.get("author", String.class),
                        row.get("updated_at", OffsetDateTime.class), row.get("version", Long.class)))
                .all();
    }

    /** Creates or replaces the authority's review of the partner; true when it was created. */
    Mono<Boolean> upsertReview(UUID tenant, UUID id, UUID partnerId, int rating, String comment, String author) {
        return database.sql(UPSERT_REVIEW).bind("$1", tenant).bind("$2", id).bind("$3", partnerId)
                .bind("$4", rating).bind("$5", comment).bind("$6", author)
                .map(row -> Boolean.TRUE.equals(row.get("created", Boolean.class))).one();
    }

    Mono<String> webhookSecret(UUID partnerId) {
        return database.sql("SELECT webhook_secret FROM partner_secret WHERE partner_id = $1").bind("$1", partnerId)
                .map(row -> row.get("webhook_secret", String.class)).one();
    }

    Mono<Void> replaceWebhookSecret(UUID partnerId, String secret) {
        return database.sql("UPDATE partner_secret SET webhook_secret = $2 WHERE partner_id = $1")
                .bind("$1", partnerId).bind("$2", secret).fetch().rowsUpdated().then();
    }

    private static <T> DatabaseClient.GenericExecuteSpec array(DatabaseClient.GenericExecuteSpec spec, String name,
            @Nullable List<T> values, Function<T, String> mapper) {
        return values == null ? spec.bindNull(name, String[].class) : spec.bind(name, names(values, mapper));
    }

    private static <T> String[] names(@Nullable List<T> values, Function<T, String> mapper) {
        return values == null ? new String[0] : values.stream().map(mapper).distinct().sorted().toArray(String[]::new);
    }

    static Partner partner(Readable row) {
        return new Partner(row.get("id", UUID.class), row.get("name", String.class), row.get("siret", String.class),
                PartnerKind.valueOf(row.get("kind", String.class)),
                list(row, "services").stream().map(PartnerService::valueOf).toList(),
                list(row, "categories").stream().map(EquipmentCategory::valueOf).toList(), list(row, "departments"),
                list(row, "labels"), row.get("website", String.class), row.get("webhook_url", String.class),
                row.get("client_id", String.class), row.get("average", BigDecimal.class),
                ((Number) row.get("review_count")).intValue(), row.get("version", Long.class));
    }

    private static List<String> list(Readable row, String column) {
        String[] values = row.get(column, String[].class);
        return values == null ? List.of() : Arrays.asList(values);
    }
}
