package fr.mutualis.api.practice;

import com.github.benmanes.caffeine.cache.AsyncCacheLoader;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * The recent answers of the library's search in this api instance (ADR 0019). Published practices read the same for
 * every reader of a {@link SearchScope}, so one answer per scope and question serves them all: the many readers of
 * the first pages and of frequent words share one query, and readers of the same question at the same time wait for
 * the same one.
 *
 * <p>An answer carries the library's version (V13: a number that every change a search could show increases, in the
 * changing transaction) read before it was searched. It is served until it is {@code ttl} old; read after half of
 * that, the version is read again in the background while it is still served: unchanged, the answer is kept another
 * {@code ttl}; changed, the question is searched again. So a change made through another instance shows within the
 * TTL, frequent questions never wait, and an unchanged library costs one small query per kept question and half-TTL,
 * not a search. {@link #forgetAll()} empties the whole cache after a change made through this instance (a search in
 * flight then is not kept either).
 */
final class SearchAnswers {

    private final AsyncLoadingCache<Question, Answer> answers;

    SearchAnswers(SearchCacheProperties properties, Ticker ticker, Executor executor,
            Function<Question, Mono<Answer>> search, Supplier<Mono<Long>> version) {
        Caffeine<Object, Object> cache = Caffeine.newBuilder().ticker(ticker).executor(executor)
                .expireAfterWrite(properties.ttl())
                .maximumWeight(properties.maximumHits())
                .recordStats();
        Duration refresh = properties.ttl().dividedBy(2);
        if (!refresh.isZero()) {
            cache.refreshAfterWrite(refresh);
        }
        this.answers = cache.<Question, Answer>weigher((question, answer) -> Math.max(1,
                        answer.results().items().size()))
                .buildAsync(new AsyncCacheLoader<>() {

                    @Override
                    public CompletableFuture<Answer> asyncLoad(Question question, Executor loading) {
                        return search.apply(question).toFuture();
                    }

                    @Override
                    public CompletableFuture<Answer> asyncReload(Question question, Answer kept, Executor loading) {
                        return version.get().flatMap(current -> current == kept.version() ? Mono.just(kept.again())
                                : search.apply(question)).toFuture();
                    }
                });
    }

    /** The answer to this question, kept or searched now; a reader that goes away does not cancel it for others. */
    Mono<PracticeResults> get(Question question) {
        return Mono.fromFuture(() -> answers.get(question), true).map(Answer::results);
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

    /** An answer and the library's version read before it was searched. */
    record Answer(long version, PracticeResults results) {

        /** The same answer, found still true: kept as if searched now. */
        Answer again() {
            return new Answer(version, results);
        }
    }
}
