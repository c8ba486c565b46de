package fr.mutualis.api;

import fr.mutualis.stack.Database;
import fr.mutualis.stack.TestStack;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points an api test context at real services: a fresh database of its own (migrated by the application's Flyway)
 * and the test Keycloak (token issuer, and the provisioner's admin access). Call it from each integration test
 * class's own {@code @DynamicPropertySource}, so that each class gets its own database.
 */
public final class ApiTestDatabase {

    private ApiTestDatabase() {
    }

    public static Database register(DynamicPropertyRegistry registry) {
        Database database = TestStack.freshDatabase();
        database.springProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("mutualis.security.issuer", () -> TestStack.keycloak().issuer(TestStack.REALM));
        registry.add("mutualis.keycloak.url", () -> TestStack.keycloak().url().toString());
        registry.add("mutualis.keycloak.client-secret", () -> TestStack.PROVISIONER_DEV_SECRET);
        registry.add("management.server.port", () -> "0");
        // At the test JVM's exit every cached context closes in turn, each waiting Reactor Netty's default 2 s of quiet
        // before freeing its event loops: with some twenty contexts that outlasted Failsafe's 30 s and it killed the
        // JVM ("Surefire is going to kill self fork JVM"). Tests have nothing to drain.
        registry.add("spring.reactor.netty.shutdown-quiet-period", () -> "0s");
        return database;
    }
}
