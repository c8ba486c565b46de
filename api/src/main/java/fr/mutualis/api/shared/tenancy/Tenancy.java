package fr.mutualis.api.shared.tenancy;

import io.r2dbc.spi.ConnectionFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.ReactiveTransactionManager;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.function.Supplier;

/**
 * Runs database work in one transaction on behalf of a {@link TenantContext}. Every read and write of tenant-owned
 * rows goes through here, so row-level security always knows the tenant.
 */
@Component
public class Tenancy {

    private final TransactionalOperator transactions;

    Tenancy(TransactionalOperator transactions) {
        this.transactions = transactions;
    }

    public <T> Mono<T> run(TenantContext tenant, Supplier<Mono<T>> work) {
        return transactions.transactional(Mono.defer(work))
                .contextWrite(context -> context.put(TenantContext.class, tenant));
    }

    public <T> Flux<T> runMany(TenantContext tenant, Supplier<Flux<T>> work) {
        return transactions.transactional(Flux.defer(work))
                .contextWrite(context -> context.put(TenantContext.class, tenant));
    }

    @Configuration(proxyBeanMethods = false)
    static class TransactionConfiguration {

        @Bean
        ReactiveTransactionManager transactionManager(ConnectionFactory connectionFactory) {
            return new TenantTransactionManager(connectionFactory);
        }

        @Bean
        TransactionalOperator transactionalOperator(ReactiveTransactionManager transactionManager) {
            return TransactionalOperator.create(transactionManager);
        }
    }
}
