package fr.mutualis.api.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/** Work takes its turn: never more than the limit at once, the rest in the order it came, every place given back. */
class AdmissionTests {

    private final List<String> started = new CopyOnWriteArrayList<>();

    @Test
    void workBeyondTheLimitWaitsAndStartsInTheOrderItCame() {
        Admission admission = new Admission(2, 10);
        List<Sinks.One<String>> ends = new ArrayList<>();
        List<String> answers = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 5; i++) {
            Sinks.One<String> end = Sinks.one();
            ends.add(end);
            String name = "w" + i;
            admission.admit(() -> {
                started.add(name);
                return end.asMono();
            }).subscribe(answers::add);
        }
        assertThat(started).containsExactly("w0", "w1");
        assertThat(admission.running()).isEqualTo(2);
        assertThat(admission.waiting()).isEqualTo(3);

        ends.get(1).tryEmitValue("a1");
        assertThat(started).containsExactly("w0", "w1", "w2");
        ends.get(0).tryEmitValue("a0");
        ends.get(2).tryEmitValue("a2");
        assertThat(started).containsExactly("w0", "w1", "w2", "w3", "w4");
        ends.get(3).tryEmitValue("a3");
        ends.get(4).tryEmitValue("a4");
        assertThat(answers).containsExactly("a1", "a0", "a2", "a3", "a4");
        assertThat(admission.running()).isZero();
        assertThat(admission.waiting()).isZero();
    }

    @Test
    void aFullLineRefusesAtOnceAndRunsNothing() {
        Admission admission = new Admission(1, 1);
        admission.admit(() -> work("held", Mono.never())).subscribe();
        admission.admit(() -> work("waits", Mono.just(1))).subscribe();
        assertThatThrownBy(() -> admission.admit(() -> work("refused", Mono.just(1))).block())
                .isInstanceOf(Admission.Full.class);
        assertThat(started).containsExactly("held");
        assertThat(admission.waiting()).isOne();
    }

    @Test
    void aWaiterThatGoesAwayLeavesTheLineAndItsTurnGoesToTheNext() {
        Admission admission = new Admission(1, 10);
        Sinks.One<Integer> first = Sinks.one();
        admission.admit(() -> work("first", first.asMono())).subscribe();
        Disposable gone = admission.admit(() -> work("gone", Mono.just(2))).subscribe();
        admission.admit(() -> work("next", Mono.just(3))).subscribe();
        gone.dispose();
        assertThat(admission.waiting()).isOne();

        first.tryEmitValue(1);
        assertThat(started).containsExactly("first", "next");
        assertThat(admission.running()).isZero();
    }

    @Test
    void workThatFailsOrIsCancelledGivesItsPlaceBack() {
        Admission admission = new Admission(1, 10);
        assertThatThrownBy(() -> admission.admit(() -> Mono.error(new IllegalStateException("broken"))).block())
                .hasMessage("broken");
        Disposable cancelled = admission.admit(() -> work("cancelled", Mono.never())).subscribe();
        admission.admit(() -> work("after", Mono.just(1))).subscribe();
        assertThat(started).containsExactly("cancelled");
        cancelled.dispose();
        assertThat(started).containsExactly("cancelled", "after");
        assertThat(admission.running()).isZero();
    }

    @Test
    void aLongLineOfWorkThatEndsAtOnceDoesNotGrowTheStack() {
        Admission admission = new Admission(1, 200_000);
        Sinks.One<Integer> first = Sinks.one();
        admission.admit(first::asMono).subscribe();
        AtomicInteger done = new AtomicInteger();
        for (int i = 0; i < 100_000; i++) {
            admission.admit(() -> Mono.just(1)).subscribe(one -> done.incrementAndGet());
        }
        first.tryEmitValue(0); // each waiter's work ends as soon as it starts, on this thread
        assertThat(done).hasValue(100_000);
        assertThat(admission.running()).isZero();
    }

    @Test
    void manyThreadsAtOnceNeverRunMoreThanTheLimit() throws InterruptedException {
        Admission admission = new Admission(3, 100_000);
        AtomicInteger now = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        int pieces = 20_000;
        CountDownLatch finished = new CountDownLatch(pieces);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        for (int i = 0; i < pieces; i++) {
            int n = i;
            threads.execute(() -> admission.admit(() -> Mono.fromCallable(() -> {
                        most.accumulateAndGet(now.incrementAndGet(), Math::max);
                        return n;
                    })
                    .publishOn(n % 2 == 0 ? Schedulers.parallel() : Schedulers.immediate())
                    .doOnNext(ignored -> now.decrementAndGet()))
                    .doFinally(signal -> finished.countDown())
                    .subscribe());
        }
        assertThat(finished.await(30, TimeUnit.SECONDS)).isTrue();
        threads.shutdown();
        assertThat(most.get()).isBetween(1, 3);
        assertThat(admission.running()).isZero();
        assertThat(admission.waiting()).isZero();
    }

    private <T> Mono<T> work(String name, Mono<T> result) {
        started.add(name);
        return result;
    }
}
