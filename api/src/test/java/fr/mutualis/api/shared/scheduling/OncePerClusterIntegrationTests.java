package fr.mutualis.api.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.api.ApiApplication;
import fr.mutualis.api.shared.scheduling.ClusterJobs.Job;
import fr.mutualis.stack.Database;
import fr.mutualis.stack.TestStack;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.annotation.Scheduled;
import reactor.core.publisher.Mono;

/**
 * Two api instances (two complete application contexts, each with its own scheduler and connection pool) on one
 * database, a job every five seconds on both: each tick runs on exactly one of them, and both compete for it. A tick
 * is named by its five-second slot, so that a scheduler late by up to four seconds on a busy machine still counts for
 * the right tick (the lock is held at least four seconds for the same reason).
 */
class OncePerClusterIntegrationTests {

    /** Per tick (its five-second slot), the instances whose scheduler fired, and those that ran the work. */
    static final ConcurrentMap<Long, Set<String>> FIRED = new ConcurrentHashMap<>();
    static final ConcurrentMap<Long, List<String>> RAN = new ConcurrentHashMap<>();

    @Test
    void everyTickRunsOnExactlyOneInstance() {
        Database database = TestStack.freshDatabase();
        try (ConfigurableApplicationContext first = instance("instance-1", database);
                ConfigurableApplicationContext second = instance("instance-2", database)) {
            await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> assertThat(contestedTicks())
                    .as("ticks fired by both instances: fired %s, ran %s", FIRED, RAN).isGreaterThanOrEqualTo(4));
        }

        assertThat(contestedTicks()).isGreaterThanOrEqualTo(4);
        FIRED.forEach((tick, instances) -> {
            if (instances.size() == 2 && tick < lastTick()) {
                assertThat(RAN.get(tick)).as("instances that ran tick %s", Instant.ofEpochSecond(tick)).hasSize(1);
            }
        });
        assertThat(RAN.values()).allSatisfy(ran -> assertThat(ran).hasSize(1));
    }

    private static long contestedTicks() {
        return FIRED.entrySet().stream()
                .filter(tick -> tick.getValue().size() == 2 && RAN.containsKey(tick.getKey()))
                .count();
    }

    private static long lastTick() {
        return FIRED.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    private static ConfigurableApplicationContext instance(String name, Database database) {
        Map<String, Object> properties = new HashMap<>(database.springProperties());
        properties.put("server.port", "0");
        properties.put("management.server.port", "0");
        properties.put("mutualis.security.issuer", "http://127.0.0.1:9/realms/mutualis");
        properties.put("mutualis.keycloak.url", "http://127.0.0.1:9");
        properties.put("mutualis.keycloak.client-secret", "unused");
        properties.put("test.instance", name);
        String[] arguments = properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(ApiApplication.class, EveryFiveSeconds.class).run(arguments);
    }

    /** A job that records, per tick, that this instance's scheduler fired and whether it ran the work. */
    static class EveryFiveSeconds {

        private static final Job JOB = new Job("test-every-five-seconds", Duration.ofSeconds(20), Duration.ofSeconds(4));

        private final ClusterJobs jobs;
        private final String instance;

        EveryFiveSeconds(ClusterJobs jobs, @Value("${test.instance}") String instance) {
            this.jobs = jobs;
            this.instance = instance;
        }

        /** Spring calls this once and subscribes to the answer at every tick: everything happens inside. */
        @Scheduled(cron = "*/5 * * * * *")
        Mono<Boolean> tick() {
            return Mono.defer(() -> {
                long tick = Instant.now().getEpochSecond() / 5 * 5;
                FIRED.computeIfAbsent(tick, key -> ConcurrentHashMap.newKeySet()).add(instance);
                return jobs.once(JOB, () -> Mono.fromRunnable(() -> RAN
                        .computeIfAbsent(tick, key -> new java.util.concurrent.CopyOnWriteArrayList<>()).add(instance)));
            });
        }
    }
}
