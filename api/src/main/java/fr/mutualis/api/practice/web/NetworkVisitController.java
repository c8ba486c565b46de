package fr.mutualis.api.practice.web;

import fr.mutualis.api.practice.NetworkVisit;
import fr.mutualis.api.practice.NetworkVisits;
import fr.mutualis.api.shared.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** "New in the network since your last visit": the baseline, kept on the server for each person. */
@RestController
@Tag(name = "Best practices")
class NetworkVisitController {

    private final NetworkVisits visits;

    NetworkVisitController(NetworkVisits visits) {
        this.visits = visits;
    }

    @PutMapping("/api/v1/me/network-visit")
    @Operation(summary = "Record a visit to what is new in the network", description = "Answers since (the start of "
            + "your previous visit; 30 days ago the first time): list what was published after it, e.g. "
            + "/api/v1/practices?publishedSince=. Views less than an hour apart are one visit.")
    Mono<NetworkVisit> visit() {
        return Caller.current().flatMap(visits::record);
    }
}
