package fr.mutualis.api.reuse.web;

import fr.mutualis.api.reuse.Lot;
import fr.mutualis.api.reuse.LotStatus;
import fr.mutualis.api.reuse.PartnerLots;
import fr.mutualis.api.reuse.Partners;
import fr.mutualis.api.reuse.webhook.WebhookDelivery;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Partner API", description = "For registered partners, with a client-credentials token of their "
        + "Keycloak client. A person's token is refused (403).")
class PartnerLotController {

    private final PartnerLots lots;
    private final Partners partners;

    PartnerLotController(PartnerLots lots, Partners partners) {
        this.lots = lots;
        this.partners = partners;
    }

    record DeliveryLog(List<WebhookDelivery> items) {
    }

    @GetMapping("/public/v1/lots")
    @Operation(summary = "Offered lots of your départements and categories (status=OFFERED), or lots you hold")
    Mono<Page<Lot>> list(@RequestParam(defaultValue = "OFFERED") LotStatus status,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return lots.list(status, cursor, Page.limit(limit));
    }

    @GetMapping("/public/v1/lots/{lotId}")
    @Operation(summary = "An offered lot of your area, or a lot you hold")
    Mono<ResponseEntity<Lot>> get(@PathVariable UUID lotId) {
        return lots.get(lotId).map(LotController::ok);
    }

    @PostMapping("/public/v1/lots/{lotId}/claim")
    @Operation(summary = "OFFERED → CLAIMED: exactly one partner wins; the others get 409; outside your area 404")
    Mono<ResponseEntity<Lot>> claim(@PathVariable UUID lotId) {
        return lots.claim(lotId).map(LotController::ok);
    }

    @PostMapping(path = "/public/v1/lots/{lotId}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "COLLECTED → PROCESSED: reused + refurbished + recycled + destroyed = quantity; the erasure "
            + "certificate reference is required when the lot needed data erasure")
    Mono<ResponseEntity<Lot>> outcome(@PathVariable UUID lotId,
            @Valid @RequestBody LotController.OutcomeRequest request) {
        return lots.reportOutcome(lotId, request.outcome()).map(LotController::ok);
    }

    @GetMapping("/public/v1/webhook-deliveries")
    @Operation(summary = "Your webhook delivery log, newest first")
    Mono<DeliveryLog> deliveries(@RequestParam(required = false) @Nullable Integer limit) {
        return partners.myDeliveries(Page.limit(limit)).map(DeliveryLog::new);
    }
}
