package fr.mutualis.api.opendata;

import fr.mutualis.api.shared.scheduling.ClusterJobs;
import fr.mutualis.api.shared.scheduling.ClusterJobs.Job;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import reactor.core.publisher.Mono;

/**
 * Regenerates the open-data export every night, once per cluster (a {@link ClusterJobs} lock), and at start when
 * today's is missing. Even without the lock the unique date would keep one export per day; the lock spares the other
 * instances the work.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "mutualis.open-data.schedule", havingValue = "true", matchIfMissing = true)
class OpenDataSchedule {

    static final Job JOB = new Job("open-data-export", Duration.ofHours(1), Duration.ofMinutes(1));

    private final OpenDataExports exports;
    private final ClusterJobs jobs;

    OpenDataSchedule(OpenDataExports exports, ClusterJobs jobs) {
        this.exports = exports;
        this.jobs = jobs;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        nightly().subscribe();
    }

    @Scheduled(cron = "${mutualis.open-data.cron:0 30 3 * * *}", zone = "Europe/Paris")
    Mono<Boolean> nightly() {
        return jobs.once(JOB, exports::generateIfMissing);
    }
}
