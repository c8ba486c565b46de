package fr.mutualis.api.shared.scheduling;

import io.r2dbc.spi.ConnectionFactory;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.r2dbc.R2dbcLockProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The scheduler and the cluster-wide locks of its jobs (table {@code shedlock}, through the runtime role's pool).
 * {@code mutualis.scheduling.enabled=false} turns every scheduled job of this instance off (the locks stay usable).
 */
@Configuration(proxyBeanMethods = false)
class SchedulingConfiguration {

    @Bean
    LockProvider jobLocks(ConnectionFactory connectionFactory) {
        return new R2dbcLockProvider(connectionFactory);
    }

    @Configuration(proxyBeanMethods = false)
    @EnableScheduling
    @ConditionalOnBooleanProperty(name = "mutualis.scheduling.enabled", matchIfMissing = true)
    static class Scheduler {
    }
}
