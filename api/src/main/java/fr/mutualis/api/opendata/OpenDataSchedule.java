package fr.mutualis.api.opendata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Regenerates the open-data export every night (and at start when today's is missing). Each instance tries; the
 * unique date lets exactly one store it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "mutualis.open-data.schedule", havingValue = "true", matchIfMissing = true)
class OpenDataSchedule {

    private static final Logger log = LoggerFactory.getLogger(OpenDataSchedule.class);

    private final OpenDataExports exports;

    OpenDataSchedule(OpenDataExports exports) {
        this.exports = exports;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        nightly();
    }

    @Scheduled(cron = "${mutualis.open-data.cron:0 30 3 * * *}", zone = "Europe/Paris")
    void nightly() {
        exports.generateIfMissing()
                .doOnError(failure -> log.error("Open-data export failed; the previous one is still served", failure))
                .onErrorComplete()
                .subscribe();
    }
}
