package fr.mutualis.api.practice;

import static fr.mutualis.api.shared.web.SqlParameters.text;

import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The full-text search of the library, written as SQL: French configuration with unaccent, weights title A, summary B,
 * body C ({@code V6__practices.sql}), ts_rank for the order; the excerpts of the shown page are made by the api
 * ({@link Headlines}) from the query's lexemes, which the statement also answers. Only
 * published practices, explicitly, even though row-level security would also hide other authorities' drafts. The GIN
 * index serves the words under row-level security only where {@code @@} is LEAKPROOF (ADR 0019):
 * {@link #searchIndexUsable()} tells.
 */
@Repository
class SearchRows {

    /** Marks around the words found, chosen so they cannot come from the text (control characters are removed). */
    static final char START = '\u0002';
    static final char STOP = '\u0003';

    /**
     * One statement, one pass over the matches: they are ranked once (materialised), then give both the facets (one
     * row, always there, with the query's lexemes) and the page (with the body of the shown rows, for their
     * excerpts). A search with no page row still answers its facets and total. {match}, {rank}, {lexemes} and {body}
     * are those of a search with words, or of the library without words (newest first); the condition on the words is
     * written plainly so that the GIN index serves it.
     */
    private static final String SEARCH = """
            WITH matches AS MATERIALIZED (
                SELECT p.tenant_id, p.id, p.theme, a.kind, a.region_code, {rank} AS rank
                FROM practice p JOIN authority a ON a.id = p.tenant_id
                WHERE p.status = 'PUBLISHED' AND {match}
                  AND ($2::text IS NULL OR p.theme = $2)
                  AND ($3::text IS NULL OR p.tags @> ARRAY[$3::text])
                  AND ($4::text IS NULL OR a.kind = $4)
                  AND ($5::text IS NULL OR a.region_code = $5)
                  AND ($6::timestamptz IS NULL OR p.published_at > $6::timestamptz)
                  AND (NOT $7 OR p.visibility = 'PUBLIC')),
            facets AS (
                SELECT array_agg(facet || '|' || value || '|' || n) AS facets, {lexemes} AS lexemes
                FROM (SELECT CASE WHEN grouping(theme) = 0 THEN 'theme' WHEN grouping(kind) = 0 THEN 'authorityKind'
                                  WHEN grouping(region_code) = 0 THEN 'region' ELSE 'total' END AS facet,
                             coalesce(theme, kind, region_code, '') AS value, count(*) AS n
                      FROM matches GROUP BY GROUPING SETS ((theme), (kind), (region_code), ())) counted),
            page AS (
                SELECT * FROM matches
                WHERE $8::real IS NULL OR (rank, id) < ($8::real, $9::uuid)
                ORDER BY rank DESC, id DESC LIMIT $10)
            SELECT facets.facets, facets.lexemes, shown.* FROM facets LEFT JOIN LATERAL (
                SELECT page.rank, p.id, p.title, p.summary, p.theme, p.tags, p.effort, p.cost, p.impact, p.visibility,
                       p.published_at, a.slug, a.name, a.kind, a.region_code, {body} AS body
                FROM page JOIN practice p ON p.tenant_id = page.tenant_id AND p.id = page.id
                JOIN authority a ON a.id = p.tenant_id) shown ON true
            ORDER BY shown.rank DESC, shown.id DESC""";

    /*
     * The match names practice_query($1) plainly, so that a plan made for the words estimates their matches; the rank
     * reads it once from a subquery, so that a generic plan (the driver's statements are prepared, and PostgreSQL
     * switches to one after five executions) does not parse the words again for every match: « agents » took 410 ms
     * instead of 250. The excerpts were ts_headline's, more than half of a first search's time (it parses the whole
     * text of each shown practice): the api makes them from the lexemes (ADR 0023).
     */
    static final String WORDS_MATCH = "p.search @@ practice_query($1)";
    static final String WORDS_RANK = "ts_rank(p.search, (SELECT practice_query($1)))";
    static final String WORDS_LEXEMES = "querytree(practice_query($1))::text";
    static final String SEARCH_WORDS = SEARCH.replace("{match}", WORDS_MATCH).replace("{rank}", WORDS_RANK)
            .replace("{lexemes}", WORDS_LEXEMES).replace("{body}", "p.body");
    static final String SEARCH_NONE = SEARCH.replace("{match}", "$1::text IS NULL").replace("{rank}", "0::real")
            .replace("{lexemes}", "NULL::text").replace("{body}", "NULL::text");

    /**
     * The library without words, tag or date, newest first (ids are time-ordered), the same answer as
     * {@link #SEARCH_NONE} without reading every published practice: facets and total from the counts that triggers
     * keep in practice_facet_count ({@code V13}), the page from the id index. The cursor's rank is 0 on these pages.
     */
    static final String BROWSE = """
            WITH facets AS (
                SELECT array_agg(facet || '|' || value || '|' || n) AS facets, NULL::text AS lexemes
                FROM (SELECT CASE WHEN grouping(theme) = 0 THEN 'theme' WHEN grouping(kind) = 0 THEN 'authorityKind'
                                  WHEN grouping(region_code) = 0 THEN 'region' ELSE 'total' END AS facet,
                             coalesce(theme, kind, region_code, '') AS value, coalesce(sum(practices), 0) AS n
                      FROM practice_facet_count
                      WHERE practices > 0 AND $1::text IS NULL AND $3::text IS NULL AND $6::timestamptz IS NULL
                        AND ($2::text IS NULL OR theme = $2) AND ($4::text IS NULL OR kind = $4)
                        AND ($5::text IS NULL OR region_code = $5) AND (NOT $7 OR visibility = 'PUBLIC')
                      GROUP BY GROUPING SETS ((theme), (kind), (region_code), ())) counted),
            page AS (
                SELECT p.tenant_id, p.id, 0::real AS rank
                FROM practice p JOIN authority a ON a.id = p.tenant_id
                WHERE p.status = 'PUBLISHED' AND $1::text IS NULL AND $3::text IS NULL AND $6::timestamptz IS NULL
                  AND ($2::text IS NULL OR p.theme = $2) AND ($4::text IS NULL OR a.kind = $4)
                  AND ($5::text IS NULL OR a.region_code = $5) AND (NOT $7 OR p.visibility = 'PUBLIC')
                  AND ($8::real IS NULL OR $8::real > 0 OR ($8::real = 0 AND p.id < $9::uuid))
                ORDER BY p.id DESC LIMIT $10)
            SELECT facets.facets, facets.lexemes, shown.* FROM facets LEFT JOIN LATERAL (
                SELECT page.rank, p.id, p.title, p.summary, p.theme, p.tags, p.effort, p.cost, p.impact, p.visibility,
                       p.published_at, a.slug, a.name, a.kind, a.region_code, NULL::text AS body
                FROM page JOIN practice p ON p.tenant_id = page.tenant_id AND p.id = page.id
                JOIN authority a ON a.id = p.tenant_id) shown ON true
            ORDER BY shown.rank DESC, shown.id DESC""";

    private final DatabaseClient database;

    SearchRows(DatabaseClient database) {
        this.database = database;
    }

    /**
     * The rows of one search: the first carries the facets (as "facet|value|count"), each the page's hit, if any.
     * Every row of the statement holds the same facets and lexemes: they are read from the first row only.
     */
    Flux<Row> search(PracticeQuery query, @Nullable Float afterRank, @Nullable UUID afterId, int limit) {
        return Flux.defer(() -> {
            AtomicReference<Set<String>> lexemes = new AtomicReference<>();
            return bind(database.sql(statement(query)), query)
                    .bind("$8", afterRank == null ? Parameters.in(R2dbcType.REAL)
                            : Parameters.in(R2dbcType.REAL, afterRank))
                    .bind("$9", text(afterId == null ? null : afterId.toString()))
                    .bind("$10", limit)
                    .map(row -> {
                        boolean first = lexemes.get() == null;
                        if (first) {
                            lexemes.set(Headlines.lexemes(row.get("lexemes", String.class)));
                        }
                        return new Row(first ? PracticeRows.list(row, "facets") : List.of(),
                                row.get("id", UUID.class) == null ? null : hit(row, lexemes.get()));
                    })
                    .all();
        });
    }

    record Row(List<String> facets, @Nullable PracticeHit hit) {
    }

    private static String statement(PracticeQuery query) {
        if (query.words() != null) {
            return SEARCH_WORDS;
        }
        return query.tag() == null && query.publishedSince() == null ? BROWSE : SEARCH_NONE;
    }

    /**
     * The library's version ({@code V13}): increased, in the changing transaction, by every change a search could
     * show; readable by anyone.
     */
    Mono<Long> libraryVersion() {
        return database.sql("SELECT version FROM practice_library_version").map(row -> row.get(0, Long.class)).one();
    }

    /** Whether PostgreSQL may use the GIN index of the words under row-level security (ADR 0019). */
    Mono<Boolean> searchIndexUsable() {
        return database.sql("SELECT proleakproof FROM pg_proc WHERE oid = 'pg_catalog.ts_match_vq(tsvector, tsquery)'"
                + "::regprocedure").map(row -> Boolean.TRUE.equals(row.get(0, Boolean.class))).one();
    }

    private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec sql, PracticeQuery query) {
        return sql.bind("$1", text(query.words()))
                .bind("$2", text(query.theme() == null ? null : query.theme().name()))
                .bind("$3", text(query.tag()))
                .bind("$4", text(query.authorityKind()))
                .bind("$5", text(query.region()))
                .bind("$6", query.publishedSince() == null ? Parameters.in(R2dbcType.TIMESTAMP_WITH_TIME_ZONE)
                        : Parameters.in(R2dbcType.TIMESTAMP_WITH_TIME_ZONE, query.publishedSince()))
                .bind("$7", query.publicOnly());
    }

    private static PracticeHit hit(Readable row, Set<String> lexemes) {
        Float rank = row.get("rank", Float.class);
        String summary = row.get("summary", String.class);
        String body = row.get("body", String.class);
        String excerpt = body == null ? null : Headlines.headline(summary + "\n" + body, lexemes);
        return new PracticeHit(row.get("id", UUID.class), PracticeRows.author(row), row.get("title", String.class),
                summary, Theme.valueOf(row.get("theme", String.class)),
                PracticeRows.list(row, "tags"), Level.valueOf(row.get("effort", String.class)),
                Level.valueOf(row.get("cost", String.class)), Level.valueOf(row.get("impact", String.class)),
                Visibility.valueOf(row.get("visibility", String.class)),
                row.get("published_at", OffsetDateTime.class), rank == null ? 0 : rank, Excerpts.toHtml(excerpt));
    }
}
