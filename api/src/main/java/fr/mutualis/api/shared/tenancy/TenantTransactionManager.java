package fr.mutualis.api.shared.tenancy;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import org.springframework.r2dbc.connection.R2dbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Tells PostgreSQL, right after BEGIN, which authority the transaction acts for, who the caller is and whether they
 * are the operator ({@code set_config(..., true)}: local to the transaction, gone at COMMIT, never leaked to the next
 * borrower of a pooled connection). Without a {@link TenantContext} in the Reactor context, nothing is set and
 * tenant-owned rows stay invisible: isolation fails closed.
 */
class TenantTransactionManager extends R2dbcTransactionManager {

    private static final String SET_CONTEXT = "SELECT set_config('app.tenant_id', $1, true), "
            + "set_config('app.user_id', $2, true), set_config('app.operator', $3, true)";

    TenantTransactionManager(ConnectionFactory connectionFactory) {
        super(connectionFactory);
    }

    @Override
    protected Mono<Void> prepareTransactionalConnection(Connection connection, TransactionDefinition definition) {
        return super.prepareTransactionalConnection(connection, definition)
                .then(Mono.deferContextual(context -> context.<TenantContext>getOrEmpty(TenantContext.class)
                        .map(tenant -> apply(connection, tenant))
                        .orElseGet(Mono::empty)));
    }

    private static Mono<Void> apply(Connection connection, TenantContext tenant) {
        return Flux.from(connection.createStatement(SET_CONTEXT)
                        .bind("$1", tenant.tenantSetting())
                        .bind("$2", tenant.userId())
                        .bind("$3", Boolean.toString(tenant.operator()))
                        .execute())
                .flatMap(result -> result.map((row, metadata) -> 1))
                .then();
    }
}
