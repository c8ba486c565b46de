package fr.mutualis.api.shared.scheduling;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.Duration;
import java.util.function.Supplier;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Runs a scheduled job's work on one instance of the cluster per tick. Every instance's scheduler fires; each asks
 * for the job's lock (a row of table {@code shedlock}); the one that gets it runs the work, the others skip. The lock
 * is held at least {@link Job#atLeast()} (longer than the clock skew between instances, so that an instance whose
 * tick comes a little later does not run it again) and at most {@link Job#atMost()} (so that a crashed instance does
 * not block the job for ever).
 * <p>
 * A job of another feature (open-data export, webhook retries, digests) is a {@code @Scheduled} method returning
 * {@code jobs.once(job, () -> work)}. Spring calls such a method once and subscribes to its {@code Mono} at every
 * tick: {@code once} and the {@code work} supplier are lazy, so each tick takes the lock and builds its work anew
 * (compute "now" inside the supplier, never in the method's body).
 */
@Component
public class ClusterJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterJobs.class);

    private final LockProvider locks;
    private final MeterRegistry meters;

    ClusterJobs(LockProvider locks, MeterRegistry meters) {
        this.locks = locks;
        this.meters = meters;
    }

    /** A job: its name (at most 64 characters, unique in the cluster) and how long its lock lasts. */
    public record Job(String name, Duration atMost, Duration atLeast) {

        public Job {
            if (name.isBlank() || name.length() > 64) {
                throw new IllegalArgumentException("A job's name has 1 to 64 characters: " + name);
            }
            if (atLeast.compareTo(atMost) > 0) {
                throw new IllegalArgumentException("Job " + name + " is locked at least longer than at most");
            }
        }
    }

    /** Runs {@code work} if this instance takes the job's lock; completes with whether it ran here. */
    public Mono<Boolean> once(Job job, Supplier<Mono<?>> work) {
        return Mono.fromCallable(() -> locks.lock(new LockConfiguration(Instant.now(), job.name(), job.atMost(),
                        job.atLeast())))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(lock -> lock.map(held -> runHolding(job, held, work)).orElseGet(() -> skipped(job)));
    }

    private Mono<Boolean> runHolding(Job job, SimpleLock lock, Supplier<Mono<?>> work) {
        long started = System.nanoTime();
        return Mono.defer(work)
                .then(Mono.just(true))
                .doOnSuccess(ran -> record(job, "ran", started))
                .doOnError(error -> {
                    record(job, "failed", started);
                    LOG.error("Scheduled job {} failed", job.name(), error);
                })
                .onErrorReturn(true)
                .doFinally(signal -> Mono.fromRunnable(lock::unlock).subscribeOn(Schedulers.boundedElastic())
                        .subscribe(null, error -> LOG.warn("Could not release the lock of job {}", job.name(), error)));
    }

    private Mono<Boolean> skipped(Job job) {
        meters.counter("mutualis.jobs", "job", job.name(), "outcome", "skipped").increment();
        return Mono.just(false);
    }

    private void record(Job job, String outcome, long started) {
        meters.counter("mutualis.jobs", "job", job.name(), "outcome", outcome).increment();
        LOG.info("Scheduled job {} {} on this instance in {} ms", job.name(), outcome,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

}
