package fr.mutualis.api.indicator.web;

import fr.mutualis.api.indicator.DeviceCategory;
import fr.mutualis.api.indicator.DeviceInventory;
import fr.mutualis.api.indicator.FootprintFactor;
import fr.mutualis.api.indicator.FootprintFactors;
import fr.mutualis.api.indicator.Inventories;
import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.Role;
import fr.mutualis.api.shared.tenancy.TenantContext;
import fr.mutualis.api.shared.web.ETags;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Indicators")
class InventoryController {

    private final Inventories inventories;
    private final FootprintFactors factors;
    private final AuthorityAccess access;

    InventoryController(Inventories inventories, FootprintFactors factors, AuthorityAccess access) {
        this.inventories = inventories;
        this.factors = factors;
        this.access = access;
    }

    @GetMapping("/api/v1/authorities/{slug}/inventories/{year}")
    @Operation(summary = "The device inventory of a year (members)")
    Mono<ResponseEntity<DeviceInventory>> find(@PathVariable String slug, @PathVariable int year) {
        return access.require(slug, Role.VIEWER).flatMap(tenant -> inventories.find(tenant, year))
                .map(found -> ResponseEntity.ok().eTag(ETags.of(found.version())).body(found));
    }

    @PutMapping("/api/v1/authorities/{slug}/inventories/{year}")
    @Operation(summary = "Save the device inventory of a year (editors)",
            description = "Replaces the counts; recomputes EMBODIED_CO2_PER_AGENT. Honours If-Match.")
    Mono<ResponseEntity<DeviceInventory>> put(@PathVariable String slug, @PathVariable int year,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody InventoryRequest request) {
        Long expected = ETags.expectedVersion(ifMatch);
        return access.require(slug, Role.EDITOR)
                .flatMap(tenant -> inventories.put(tenant, year, request.units(), expected))
                .map(saved -> ResponseEntity.ok().eTag(ETags.of(saved.version())).body(saved));
    }

    @GetMapping("/api/v1/footprint-factors")
    @Operation(summary = "The current footprint factors, with their sources and licence notes (any user)")
    Mono<Page<FootprintFactor>> current() {
        return Caller.current().flatMap(caller -> factors.current(TenantContext.of(caller)))
                .map(found -> new Page<>(found, null));
    }

    @GetMapping("/api/v1/footprint-factors/{category}")
    @Operation(summary = "Every version of a category's footprint factor, newest first (any user)")
    Mono<ResponseEntity<Page<FootprintFactor>>> history(@PathVariable DeviceCategory category) {
        return Caller.current().flatMap(caller -> factors.history(TenantContext.of(caller), category))
                .map(found -> ResponseEntity.ok()
                        .eTag(ETags.of(found.isEmpty() ? 0 : found.getFirst().version()))
                        .body(new Page<>(found, null)));
    }

    @PutMapping("/api/v1/footprint-factors/{category}")
    @Operation(summary = "Record a new version of a footprint factor (platform operator)",
            description = "Older versions are kept. Honours If-Match with the current version.")
    Mono<ResponseEntity<FootprintFactor>> record(@PathVariable DeviceCategory category,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody FactorRequest request) {
        Long expected = ETags.expectedVersion(ifMatch);
        return Caller.current().filter(Caller::operator)
                .switchIfEmpty(Mono.error(() -> new AccessDeniedException("operator only")))
                .flatMap(operator -> factors.record(operator, category, request.kgCo2e(), request.lifespanYears(),
                        request.source().strip(), request.licenceNote() == null ? "" : request.licenceNote().strip(),
                        expected))
                .map(saved -> ResponseEntity.ok().eTag(ETags.of(saved.version())).body(saved));
    }

    /** The counts of devices per category. */
    record InventoryRequest(@NotNull @Size(max = 20) Map<DeviceCategory, Integer> units) {
    }

    /** A new version of a footprint factor. */
    record FactorRequest(@NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal kgCo2e,
            @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal lifespanYears,
            @NotBlank @Size(max = 500) String source, @Nullable @Size(max = 1000) String licenceNote) {
    }
}
