package fr.mutualis.api.reuse.web;

import fr.mutualis.api.reuse.Compliance;
import fr.mutualis.api.reuse.ComplianceReport;
import fr.mutualis.api.reuse.EquipmentCategory;
import fr.mutualis.api.reuse.Purchase;
import fr.mutualis.api.reuse.Purchases;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
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
@Tag(name = "Purchases and compliance", description = "Purchases ledger; REEN (décret 2023-266) and AGEC art. 58 "
        + "report")
class PurchaseController {

    private final Purchases purchases;
    private final Compliance compliance;
    private final AuthorityAccess access;

    PurchaseController(Purchases purchases, Compliance compliance, AuthorityAccess access) {
        this.purchases = purchases;
        this.compliance = compliance;
        this.access = access;
    }

    record PurchaseRequest(@NotNull @Min(2000) @Max(2100) Integer year, @NotNull EquipmentCategory category,
            @NotNull @Min(1) @Max(1000000) Integer quantity,
            @NotNull @DecimalMin("0") @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @NotNull Boolean fromReuse, @NotNull Boolean recycledContent, @Nullable @Size(max = 200) String supplier,
            @Nullable UUID partnerId) {

        Purchase draft() {
            return new Purchase(UUID.randomUUID(), year, category, quantity, amount, fromReuse, recycledContent,
                    supplier == null ? "" : supplier.strip(), partnerId);
        }
    }

    record PurchaseList(List<Purchase> items, @Nullable String nextCursor) {
    }

    @GetMapping("/api/v1/authorities/{slug}/purchases")
    @Operation(summary = "The purchases ledger (members), optionally for one year")
    Mono<PurchaseList> list(@PathVariable String slug, @RequestParam(required = false) @Nullable Integer year) {
        return access.require(slug, Role.VIEWER).flatMap(tenant -> purchases.list(tenant, year))
                .map(items -> new PurchaseList(items, null));
    }

    @PostMapping(path = "/api/v1/authorities/{slug}/purchases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a purchase (editors): amount in euros excluding VAT")
    Mono<ResponseEntity<Purchase>> record(@PathVariable String slug, @Valid @RequestBody PurchaseRequest request) {
        return access.require(slug, Role.EDITOR).flatMap(tenant -> purchases.record(tenant, request.draft()))
                .map(purchase -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/v1/authorities/" + slug + "/purchases/" + purchase.id()))
                        .body(purchase));
    }

    @GetMapping("/api/v1/authorities/{slug}/compliance/{year}")
    @Operation(summary = "REEN rate and AGEC shares of the year against their legal targets (members)")
    Mono<ComplianceReport> report(@PathVariable String slug, @PathVariable int year) {
        return access.require(slug, Role.VIEWER).flatMap(tenant -> compliance.report(tenant, year));
    }
}
