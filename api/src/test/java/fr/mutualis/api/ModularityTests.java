package fr.mutualis.api;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Feature modules only use each other's public types. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ApiApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }
}
