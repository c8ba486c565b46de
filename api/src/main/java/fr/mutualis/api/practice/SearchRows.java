package fr.mutualis.api.practice;

import static fr.mutualis.api.shared.web.SqlParameters.text;

import io.r2dbc.spi.Parameters;
import io.r2dbc.spi.R2dbcType;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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
     * A search, in one statement and one round trip (V17's {@code practice_search}): the reader's settings, the
     * library's version, then one of three searches, all inside the statement's implicit transaction. With words: one
     * pass over the matches, ranked once (materialised), giving both the facets (one row, always there, with the
     * query's lexemes) and the page (with the body of the shown rows, for their excerpts); the condition on the words
     * is written plainly so that the GIN index serves it, and the rank reads the query once from a subquery, so that
     * a generic plan does not parse the words again for every match (« agents » took 410 ms instead of 250). The
     * library without words, tag or date reads its facets and total from the counts the triggers keep
     * ({@code practice_facet_count}, V13) and its page from the id index, newest first (the cursor's rank is 0). The
     * excerpts were ts_headline's, more than half of a first search's time: the api makes them from the lexemes
     * (ADR 0023). A search with no page row still answers one row with the version, facets and total.
     */
    private static final String SEARCH = "SELECT * FROM practice_search($1::text, $2::text, $3::text, $4::text, "
            + "$5::text, $6::text, $7::timestamptz, $8::boolean, $9::real, $10::uuid, $11::integer)";

    private final DatabaseClient database;

    SearchRows(DatabaseClient database) {
        this.database = database;
    }

    /**
     * The rows of one search as {@code reader} (a signed-in person's id: every published practice; blank: a visitor,
     * published PUBLIC practices only): each carries the library's version read before it, the first the facets (as
     * "facet|value|count"), each the page's hit, if any. Every row holds the same facets and lexemes: they are read
     * from the first row only. Outside any transaction: the statement is its own. One row more than {@code shown}
     * comes when there is a next page; it gets no excerpt (it is not shown).
     */
    Flux<Row> search(String reader, PracticeQuery query, @Nullable Float afterRank, @Nullable UUID afterId,
            int shown) {
        return Flux.defer(() -> {
            AtomicReference<Set<String>> lexemes = new AtomicReference<>();
            AtomicInteger rows = new AtomicInteger();
            return database.sql(SEARCH)
                    .bind("$1", text(reader.isBlank() ? null : reader))
                    .bind("$2", text(query.words()))
                    .bind("$3", text(query.theme() == null ? null : query.theme().name()))
                    .bind("$4", text(query.tag()))
                    .bind("$5", text(query.authorityKind()))
                    .bind("$6", text(query.region()))
                    .bind("$7", query.publishedSince() == null ? Parameters.in(R2dbcType.TIMESTAMP_WITH_TIME_ZONE)
                            : Parameters.in(R2dbcType.TIMESTAMP_WITH_TIME_ZONE, query.publishedSince()))
                    .bind("$8", query.publicOnly())
                    .bind("$9", afterRank == null ? Parameters.in(R2dbcType.REAL)
                            : Parameters.in(R2dbcType.REAL, afterRank))
                    .bind("$10", text(afterId == null ? null : afterId.toString()))
                    .bind("$11", shown + 1)
                    .map(row -> {
                        boolean first = lexemes.get() == null;
                        if (first) {
                            lexemes.set(Headlines.lexemes(row.get("lexemes", String.class)));
                        }
                        return new Row(row.get("version", Long.class),
                                first ? PracticeRows.list(row, "facets") : List.of(),
                                row.get("id", UUID.class) == null ? null
                                        : hit(row, rows.getAndIncrement() < shown ? lexemes.get() : null));
                    })
                    .all();
        });
    }

    record Row(long version, List<String> facets, @Nullable PracticeHit hit) {
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

    /** A hit; its excerpt only with the query's lexemes (none for the row that only tells there is a next page). */
    private static PracticeHit hit(Readable row, @Nullable Set<String> lexemes) {
        Float rank = row.get("rank", Float.class);
        String summary = row.get("summary", String.class);
        String body = lexemes == null ? null : row.get("body", String.class);
        String excerpt = body == null ? null : Headlines.headline(summary + "\n" + body, lexemes);
        return new PracticeHit(row.get("id", UUID.class), PracticeRows.author(row), row.get("title", String.class),
                summary, Theme.valueOf(row.get("theme", String.class)),
                PracticeRows.list(row, "tags"), Level.valueOf(row.get("effort", String.class)),
                Level.valueOf(row.get("cost", String.class)), Level.valueOf(row.get("impact", String.class)),
                Visibility.valueOf(row.get("visibility", String.class)),
                row.get("published_at", OffsetDateTime.class), rank == null ? 0 : rank, Excerpts.toHtml(excerpt));
    }
}
