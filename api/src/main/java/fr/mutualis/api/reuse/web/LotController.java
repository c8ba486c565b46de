package fr.mutualis.api.reuse.web;

import fr.mutualis.api.reuse.EquipmentCategory;
import fr.mutualis.api.reuse.Lot;
import fr.mutualis.api.reuse.LotCondition;
import fr.mutualis.api.reuse.LotDestination;
import fr.mutualis.api.reuse.LotDetails;
import fr.mutualis.api.reuse.LotDraft;
import fr.mutualis.api.reuse.LotOutcome;
import fr.mutualis.api.reuse.LotStatus;
import fr.mutualis.api.reuse.Lots;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.Role;
import fr.mutualis.api.shared.web.ETags;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
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
@Tag(name = "Equipment lots", description = "DECLARED → OFFERED → CLAIMED → COLLECTED → PROCESSED, or CANCELLED "
        + "before collection; any other move is 409.")
class LotController {

    static final String LOTS = "/api/v1/authorities/{slug}/lots";
    private static final String LOT = LOTS + "/{lotId}";

    private final Lots lots;
    private final AuthorityAccess access;

    LotController(Lots lots, AuthorityAccess access) {
        this.lots = lots;
        this.access = access;
    }

    record LotRequest(@NotNull EquipmentCategory category, @NotNull @Min(1) @Max(100000) Integer quantity,
            @NotNull @DecimalMin("0") @DecimalMax("50") BigDecimal averageAgeYears, @NotNull LotCondition condition,
            @NotNull Boolean dataErasureRequired, @Nullable Boolean classifiedData,
            @NotNull @Pattern(regexp = "^([0-9]{2}|2A|2B|97[1-6])$") String departmentCode,
            @NotNull LotDestination destination, @Nullable @Size(max = 2000) String description,
            @Nullable LocalDate retiredOn) {

        LotDraft draft() {
            return new LotDraft(category, quantity, averageAgeYears, condition, dataErasureRequired,
                    Boolean.TRUE.equals(classifiedData), departmentCode, destination,
                    description == null ? "" : description.strip(), retiredOn == null ? LocalDate.now() : retiredOn);
        }
    }

    record OutcomeRequest(@NotNull @Min(0) Integer reused, @NotNull @Min(0) Integer refurbished,
            @NotNull @Min(0) Integer recycled, @NotNull @Min(0) Integer destroyed,
            @Nullable @Size(max = 200) String erasureCertificateRef) {

        LotOutcome outcome() {
            return new LotOutcome(reused, refurbished, recycled, destroyed, erasureCertificateRef);
        }
    }

    record AssignmentRequest(@NotNull UUID serviceId) {
    }

    @GetMapping(LOTS)
    @Operation(summary = "The authority's lots, newest first (members)")
    Mono<Page<Lot>> list(@PathVariable String slug, @RequestParam(required = false) @Nullable LotStatus status,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        int size = Page.limit(limit);
        return access.require(slug, Role.VIEWER).flatMap(tenant -> lots.list(tenant, status, cursor, size));
    }

    @PostMapping(path = LOTS, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Declare a lot of retired equipment (editors)")
    Mono<ResponseEntity<Lot>> declare(@PathVariable String slug, @Valid @RequestBody LotRequest request) {
        return access.require(slug, Role.EDITOR).flatMap(tenant -> lots.declare(tenant, request.draft()))
                .map(lot -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/v1/authorities/" + slug + "/lots/" + lot.id()))
                        .eTag(ETags.of(lot.version())).body(lot));
    }

    @GetMapping(LOT)
    @Operation(summary = "A lot with its timeline (members)")
    Mono<ResponseEntity<LotDetails>> get(@PathVariable String slug, @PathVariable UUID lotId) {
        return access.require(slug, Role.VIEWER).flatMap(tenant -> lots.get(tenant, lotId))
                .map(details -> ResponseEntity.ok().eTag(ETags.of(details.lot().version())).body(details));
    }

    @PostMapping(LOT + "/offer")
    @Operation(summary = "DECLARED → OFFERED (editors); partners serving the area are notified by webhook")
    Mono<ResponseEntity<Lot>> offer(@PathVariable String slug, @PathVariable UUID lotId) {
        return access.require(slug, Role.EDITOR).flatMap(tenant -> lots.offer(tenant, lotId)).map(LotController::ok);
    }

    @PostMapping(LOT + "/collection")
    @Operation(summary = "CLAIMED → COLLECTED (editors): the equipment left the authority")
    Mono<ResponseEntity<Lot>> collect(@PathVariable String slug, @PathVariable UUID lotId) {
        return access.require(slug, Role.EDITOR).flatMap(tenant -> lots.collect(tenant, lotId)).map(LotController::ok);
    }

    @PostMapping(LOT + "/cancellation")
    @Operation(summary = "DECLARED, OFFERED or CLAIMED → CANCELLED (editors)")
    Mono<ResponseEntity<Lot>> cancel(@PathVariable String slug, @PathVariable UUID lotId) {
        return access.require(slug, Role.EDITOR).flatMap(tenant -> lots.cancel(tenant, lotId)).map(LotController::ok);
    }

    @PostMapping(path = LOT + "/assignment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "OFFERED → CLAIMED by a STANDARD service (internal redeployment lots, editors)")
    Mono<ResponseEntity<Lot>> assign(@PathVariable String slug, @PathVariable UUID lotId,
            @Valid @RequestBody AssignmentRequest request) {
        return access.require(slug, Role.EDITOR).flatMap(tenant -> lots.assign(tenant, lotId, request.serviceId()))
                .map(LotController::ok);
    }

    @PostMapping(path = LOT + "/outcome", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "COLLECTED → PROCESSED for a lot redeployed internally (editors); partners report theirs")
    Mono<ResponseEntity<Lot>> outcome(@PathVariable String slug, @PathVariable UUID lotId,
            @Valid @RequestBody OutcomeRequest request) {
        return access.require(slug, Role.EDITOR)
                .flatMap(tenant -> lots.recordOutcome(tenant, lotId, request.outcome())).map(LotController::ok);
    }

    static ResponseEntity<Lot> ok(Lot lot) {
        return ResponseEntity.ok().eTag(ETags.of(lot.version())).body(lot);
    }
}
