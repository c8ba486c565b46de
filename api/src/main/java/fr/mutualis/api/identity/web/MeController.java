package fr.mutualis.api.identity.web;

import fr.mutualis.api.authority.Memberships;
import fr.mutualis.api.identity.Me;
import fr.mutualis.api.shared.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Identity")
class MeController {

    private final Memberships memberships;

    MeController(Memberships memberships) {
        this.memberships = memberships;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who am I", description = "The caller's identity, operator flag and authority memberships.")
    Mono<Me> me() {
        return Caller.current().flatMap(caller -> memberships.of(caller)
                .map(list -> new Me(caller.userId(), caller.name(), caller.email(), caller.operator(), list)));
    }
}
