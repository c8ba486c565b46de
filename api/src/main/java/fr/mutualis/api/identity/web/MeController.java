package fr.mutualis.api.identity.web;

import fr.mutualis.api.identity.CurrentUser;
import fr.mutualis.api.identity.Me;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Identity")
class MeController {

    private final CurrentUser currentUser;

    MeController(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who am I", description = "The caller's identity, operator flag and authority memberships.")
    Mono<Me> me(@AuthenticationPrincipal Jwt token) {
        return Mono.just(currentUser.from(token));
    }
}
