package fr.mutualis.api.practice;

import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The recent answers of the library's search in this api instance (ADR 0019). Published practices read the same for
 * every reader of a {@link SearchScope}, so one answer per scope and question serves them all: the many readers of
 * the first pages and of frequent words share one query, and readers of the same question at the same time wait for
 * the same one. An answer is served until it is {@code ttl} old; read after half of that, it is searched again in the
 * background while still served, so that frequent questions never wait. {@link #forgetAll()} empties the whole cache
 * after a change of the library made through this instance (a search in flight then is not kept either).
 */
final class SearchAnswers {

    private final AsyncLoadingCache<Question, PracticeResults> answers;

    SearchAnswers(SearchCacheProperties properties, Ticker ticker, Executor executor,
            Function<Question, Mono<PracticeResults>> search) {
        Caffeine<Object, Object> cache = Caffeine.newBuilder().ticker(ticker).executor(executor)
                .expireAfterWrite(properties.ttl())
                .maximumWeight(properties.maximumHits())
                .recordStats();
        Duration refresh = properties.ttl().dividedBy(2);
        if (!refresh.isZero()) {
            cache.refreshAfterWrite(refresh);
        }
        this.answers = cache.<Question, PracticeResults>weigher((question, answer) -> Math.max(1, answer.items().size()))
                .buildAsync((question, loading) -> search.apply(question).toFuture());
    }

    /** The answer to this question, kept or searched now; a reader that goes away does not cancel it for others. */
    Mono<PracticeResults> get(Question question) {
        return Mono.fromFuture(() -> answers.get(question), true);
    }

    void forgetAll() {
        answers.synchronous().invalidateAll();
    }

    /** Publishes hits, misses, loads and evictions as {@code cache_*{cache="<name>"}} meters. */
    void monitor(MeterRegistry registry, String name) {
        CaffeineCacheMetrics.monitor(registry, answers, name);
    }

    /** Everything that changes an answer: the scope, the query as the scope asks it, the page. */
    record Question(SearchScope scope, PracticeQuery query, @Nullable String cursor, int limit) {

        static Question of(SearchScope scope, PracticeQuery query, @Nullable String cursor, int limit) {
            return new Question(scope, scope.ask(query), cursor, limit);
        }
    }
}
