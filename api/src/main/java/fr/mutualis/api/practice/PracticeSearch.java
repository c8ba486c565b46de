package fr.mutualis.api.practice;

import com.github.benmanes.caffeine.cache.Ticker;
import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.web.InvalidCursor;
import fr.mutualis.api.shared.web.Page;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ForkJoinPool;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Searches the published practices of the network: ranked, with excerpts, facets and a cursor. Answers are kept a few
 * seconds per {@link SearchScope} ({@link SearchAnswers}); {@link Practices} forgets them when the library changes.
 */
@Service
public class PracticeSearch {

    private final SearchRows rows;
    private final SearchAnswers answers;

    PracticeSearch(SearchRows rows, SearchCacheProperties cache, ObjectProvider<MeterRegistry> meters) {
        this.rows = rows;
        this.answers = new SearchAnswers(cache, Ticker.systemTicker(), ForkJoinPool.commonPool(), this::run,
                rows::libraryVersion);
        meters.ifAvailable(registry -> answers.monitor(registry, "practice-search"));
    }

    public Mono<PracticeResults> search(@Nullable Caller caller, PracticeQuery query, @Nullable String cursor,
            int limit) {
        if (cursor != null) {
            Position.of(Page.decode(cursor)); // a cursor the api did not make is refused before anything is searched
        }
        return answers.get(SearchAnswers.Question.of(SearchScope.of(caller, query.publicOnly()), query, cursor, limit));
    }

    /** Forgets every answer kept by this instance: after a change that a search could show. */
    void forgetAnswers() {
        answers.forgetAll();
    }

    /**
     * One search, in one statement (V17) that reads the library's version first: the answer holds at least that
     * version. It runs as a reader of the question's scope, the same whoever asked first.
     */
    private Mono<SearchAnswers.Answer> run(SearchAnswers.Question question) {
        Position after = question.cursor() == null ? null : Position.of(Page.decode(question.cursor()));
        return rows.search(question.scope().reader(), question.query(), after == null ? null : after.rank(),
                        after == null ? null : after.id(), question.limit())
                .collectList()
                .map(found -> new SearchAnswers.Answer(found.getFirst().version(), results(found, question.limit())));
    }

    private static PracticeResults results(List<SearchRows.Row> rows, int limit) {
        List<PracticeHit> hits = rows.stream().map(SearchRows.Row::hit).filter(Objects::nonNull).toList();
        Page<PracticeHit> page = Page.of(hits, limit, hit -> hit.rank() + "|" + hit.id());
        Map<String, List<Facet>> facets = new LinkedHashMap<>();
        List.of("theme", "authorityKind", "region").forEach(name -> facets.put(name, new ArrayList<>()));
        long total = 0;
        for (String entry : rows.isEmpty() ? List.<String>of() : rows.getFirst().facets()) {
            String[] parts = entry.split("\\|", 3);
            if (parts[0].equals("total")) {
                total = Long.parseLong(parts[2]);
            } else if (!parts[1].isEmpty()) {
                facets.get(parts[0]).add(new Facet(parts[1], Long.parseLong(parts[2])));
            }
        }
        // Shared by every reader of the scope: nothing of it may change once kept.
        facets.replaceAll((name, values) -> values.stream().sorted(Comparator.comparingLong(Facet::count).reversed()
                .thenComparing(Facet::value)).toList());
        return new PracticeResults(page.items(), page.nextCursor(), total, Collections.unmodifiableMap(facets));
    }

    private record Position(float rank, UUID id) {

        static Position of(String key) {
            String[] parts = key.split("\\|", 2);
            try {
                return new Position(Float.parseFloat(parts[0]), UUID.fromString(parts[1]));
            } catch (RuntimeException e) {
                throw new InvalidCursor();
            }
        }
    }
}
