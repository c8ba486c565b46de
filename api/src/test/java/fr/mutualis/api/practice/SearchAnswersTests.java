package fr.mutualis.api.practice;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.shared.security.Caller;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** The kept answers of the library's search: who shares one, how long it is served, when it is searched again. */
class SearchAnswersTests {

    private static final Duration TTL = Duration.ofSeconds(5);
    private static final PracticeQuery WORDS = new PracticeQuery("réemploi", null, null, null, null, null, false);

    private final AtomicLong nanos = new AtomicLong();
    private final List<SearchAnswers.Question> searched = new ArrayList<>();
    private final List<Sinks.One<PracticeResults>> pending = new ArrayList<>();
    private final AtomicLong version = new AtomicLong(1);
    private int versionsRead;
    private boolean answerAtOnce = true;

    private final SearchAnswers answers = answers(20_000);

    @Test
    void oneSearchServesEveryReaderOfAScopeUntilTheTtl() {
        PracticeResults first = ask(SearchScope.NETWORK, WORDS, null, 20);
        later(Duration.ofSeconds(2));
        assertThat(ask(SearchScope.NETWORK, WORDS, null, 20)).isSameAs(first);
        assertThat(searched).hasSize(1);

        later(TTL);
        assertThat(ask(SearchScope.NETWORK, WORDS, null, 20)).isNotSameAs(first);
        assertThat(searched).hasSize(2);
    }

    @Test
    void scopesFiltersAndPagesAreSeparateAnswers() {
        ask(SearchScope.NETWORK, WORDS, null, 20);
        ask(SearchScope.PUBLIC, WORDS, null, 20);
        ask(SearchScope.NETWORK, new PracticeQuery("réemploi", Theme.USAGE, null, null, null, null, false), null, 20);
        ask(SearchScope.NETWORK, new PracticeQuery("réemploi", null, "achats", null, null, null, false), null, 20);
        ask(SearchScope.NETWORK, new PracticeQuery("réemploi", null, null, "EPCI", null, null, false), null, 20);
        ask(SearchScope.NETWORK, new PracticeQuery("réemploi", null, null, null, "53", null, false), null, 20);
        ask(SearchScope.NETWORK, new PracticeQuery("réemploi", null, null, null, null,
                OffsetDateTime.parse("2026-01-01T00:00:00Z"), false), null, 20);
        ask(SearchScope.NETWORK, WORDS, "MC4xfDAx", 20);
        ask(SearchScope.NETWORK, WORDS, null, 10);
        ask(SearchScope.NETWORK, new PracticeQuery("reemploi", null, null, null, null, null, false), null, 20);
        assertThat(searched).hasSize(10).doesNotHaveDuplicates();
    }

    @Test
    void aPublicScopeAsksForPublicPracticesOnlyWhateverTheCallerAsked() {
        ask(SearchScope.PUBLIC, WORDS, null, 20);
        ask(SearchScope.PUBLIC, new PracticeQuery("réemploi", null, null, null, null, null, true), null, 20);
        assertThat(searched).singleElement().satisfies(question -> assertThat(question.query().publicOnly()).isTrue());
        ask(SearchScope.NETWORK, WORDS, null, 20);
        assertThat(searched.getLast().query().publicOnly()).isFalse();
    }

    @Test
    void theScopeOfACallerIsWhatRowLevelSecurityLetsThemRead() {
        Caller agent = new Caller("f3c1", "Agent", "agent@rennes.fr", false, "t1");
        Caller operator = new Caller("a9d2", "Operator", "op@mutualis.fr", true, "t2");
        assertThat(SearchScope.of(agent, false)).isEqualTo(SearchScope.NETWORK);
        assertThat(SearchScope.of(operator, false)).isEqualTo(SearchScope.NETWORK);
        assertThat(SearchScope.of(agent, true)).isEqualTo(SearchScope.PUBLIC);
        assertThat(SearchScope.of(null, false)).isEqualTo(SearchScope.PUBLIC);
        assertThat(SearchScope.of(Caller.visitor(), false)).isEqualTo(SearchScope.PUBLIC);
        assertThat(SearchScope.PUBLIC.reader()).isEmpty();
        assertThat(SearchScope.NETWORK.reader()).isNotBlank();
    }

    @Test
    void anUnchangedLibraryKeepsItsAnswersWithoutSearchingAgain() {
        PracticeResults first = ask(SearchScope.NETWORK, WORDS, null, 20);
        later(Duration.ofSeconds(3));
        assertThat(ask(SearchScope.NETWORK, WORDS, null, 20)).isSameAs(first);
        assertThat(versionsRead).isOne();
        later(Duration.ofSeconds(4)); // 7 s after the search, 4 s after the library was found unchanged
        assertThat(ask(SearchScope.NETWORK, WORDS, null, 20)).isSameAs(first);
        later(Duration.ofSeconds(20));
        assertThat(ask(SearchScope.NETWORK, WORDS, null, 20)).isNotSameAs(first); // not read for a TTL: gone
        assertThat(searched).hasSize(2);
    }

    @Test
    void aChangedLibraryIsSearchedAgainInTheBackgroundWhileTheAnswerIsStillServed() {
        PracticeResults first = ask(SearchScope.NETWORK, WORDS, null, 20);
        version.incrementAndGet();
        later(Duration.ofSeconds(2));
        assertThat(ask(SearchScope.NETWORK, WORDS, null, 20)).isSameAs(first); // within half the TTL: not checked
        assertThat(versionsRead).isZero();
        later(Duration.ofSeconds(1));
        answerAtOnce = false;
        assertThat(ask(SearchScope.NETWORK, WORDS, null, 20)).isSameAs(first);
        assertThat(ask(SearchScope.NETWORK, WORDS, null, 20)).isSameAs(first);
        assertThat(searched).hasSize(2);

        PracticeResults refreshed = results(5);
        pending.getLast().tryEmitValue(refreshed);
        assertThat(ask(SearchScope.NETWORK, WORDS, null, 20)).isSameAs(refreshed);
        later(Duration.ofSeconds(2));
        assertThat(ask(SearchScope.NETWORK, WORDS, null, 20)).isSameAs(refreshed);
        assertThat(searched).hasSize(2);
    }

    @Test
    void readersOfTheSameQuestionWaitForTheSameSearch() {
        answerAtOnce = false;
        Mono<PracticeResults> first = answers.get(question(SearchScope.NETWORK, WORDS, null, 20)).cache();
        Mono<PracticeResults> second = answers.get(question(SearchScope.NETWORK, WORDS, null, 20)).cache();
        first.subscribe();
        second.subscribe();
        assertThat(searched).hasSize(1);
        pending.getFirst().tryEmitValue(results(3));
        assertThat(first.block()).isSameAs(second.block());
    }

    @Test
    void forgettingDropsTheAnswersAndTheSearchesInFlight() {
        PracticeResults first = ask(SearchScope.NETWORK, WORDS, null, 20);
        answers.forgetAll();
        assertThat(ask(SearchScope.NETWORK, WORDS, null, 20)).isNotSameAs(first);
        assertThat(searched).hasSize(2);

        // A search that started before a change and ends after it is not kept.
        answerAtOnce = false;
        answers.forgetAll();
        answers.get(question(SearchScope.NETWORK, WORDS, null, 20)).subscribe();
        answers.forgetAll();
        pending.getLast().tryEmitValue(results(1));
        answerAtOnce = true;
        ask(SearchScope.NETWORK, WORDS, null, 20);
        assertThat(searched).hasSize(4);
    }

    @Test
    void aRefreshInFlightWhenTheLibraryChangesIsNotKept() {
        PracticeResults first = ask(SearchScope.NETWORK, WORDS, null, 20);
        version.incrementAndGet();
        later(Duration.ofSeconds(3));
        answerAtOnce = false;
        assertThat(ask(SearchScope.NETWORK, WORDS, null, 20)).isSameAs(first); // starts the refresh
        answers.forgetAll();
        PracticeResults stale = results(2);
        pending.getLast().tryEmitValue(stale);
        answerAtOnce = true;
        PracticeResults after = ask(SearchScope.NETWORK, WORDS, null, 20);
        assertThat(after).isNotSameAs(stale).isNotSameAs(first);
        assertThat(searched).hasSize(3);
    }

    @Test
    void theKeptAnswersHoldAtMostTheConfiguredNumberOfHits() {
        SearchAnswers small = answers(50);
        IntStream.range(0, 10).forEach(page -> small.get(question(SearchScope.NETWORK, WORDS, "c" + page, 20)).block());
        int searchedOnce = searched.size();
        IntStream.range(0, 10).forEach(page -> small.get(question(SearchScope.NETWORK, WORDS, "c" + page, 20)).block());
        assertThat(searchedOnce).isEqualTo(10);
        assertThat(searched.size() - searchedOnce).as("answers of 20 hits searched again").isGreaterThanOrEqualTo(8);
    }

    private SearchAnswers answers(long maximumHits) {
        return new SearchAnswers(new SearchCacheProperties(TTL, maximumHits), nanos::get, Runnable::run, question -> {
            searched.add(question);
            long seen = version.get();
            if (answerAtOnce) {
                return Mono.fromSupplier(() -> new SearchAnswers.Answer(seen, results(20)));
            }
            Sinks.One<PracticeResults> answer = Sinks.one();
            pending.add(answer);
            return answer.asMono().map(results -> new SearchAnswers.Answer(seen, results));
        }, () -> Mono.fromSupplier(() -> {
            versionsRead++;
            return version.get();
        }));
    }

    private PracticeResults ask(SearchScope scope, PracticeQuery query, String cursor, int limit) {
        return answers.get(question(scope, query, cursor, limit)).block();
    }

    private static SearchAnswers.Question question(SearchScope scope, PracticeQuery query, String cursor, int limit) {
        return SearchAnswers.Question.of(scope, query, cursor, limit);
    }

    private void later(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    private static PracticeResults results(int hits) {
        List<PracticeHit> items = IntStream.range(0, hits).mapToObj(n -> new PracticeHit(UUID.randomUUID(),
                new Author("rennes", "Rennes", "COMMUNE", "53"), "Réemploi " + n, "Résumé", Theme.END_OF_LIFE,
                List.of("réemploi"), Level.LOW, Level.LOW, Level.HIGH, Visibility.NETWORK,
                OffsetDateTime.parse("2026-11-01T10:00:00Z"), 0.5f, null)).toList();
        return new PracticeResults(items, null, hits, Map.of());
    }
}
