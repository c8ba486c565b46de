package fr.mutualis.api.indicator.web;

import fr.mutualis.api.indicator.Distribution;
import fr.mutualis.api.indicator.IndicatorCatalogue;
import fr.mutualis.api.indicator.PeerComparison;
import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.Role;
import fr.mutualis.api.shared.tenancy.TenantContext;
import fr.mutualis.api.shared.web.InvalidField;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Indicators")
class IndicatorController {

    private final IndicatorCatalogue catalogue;
    private final PeerComparison comparison;
    private final AuthorityAccess access;

    IndicatorController(IndicatorCatalogue catalogue, PeerComparison comparison, AuthorityAccess access) {
        this.catalogue = catalogue;
        this.comparison = comparison;
        this.access = access;
    }

    @GetMapping("/api/v1/indicators")
    @Operation(summary = "The shared catalogue of indicators", description = "Computed indicators show their formula.")
    Mono<Page<IndicatorResponse>> catalogue() {
        return Caller.current().flatMap(caller -> catalogue.shared(TenantContext.of(caller)))
                .map(found -> new Page<>(found.stream().map(IndicatorResponse::of).toList(), null));
    }

    @PostMapping("/api/v1/indicators")
    @Operation(summary = "Add an indicator to the catalogue (platform operator)")
    Mono<ResponseEntity<IndicatorResponse>> addShared(@Valid @RequestBody IndicatorRequest request) {
        if (request.code().startsWith("X_")) {
            throw new InvalidField("code", "codes starting with X_ are kept for authorities' own indicators");
        }
        return Caller.current().filter(Caller::operator)
                .switchIfEmpty(Mono.error(() -> new AccessDeniedException("operator only")))
                .flatMap(operator -> catalogue.addShared(operator, request.toIndicator(false)))
                .map(created -> ResponseEntity.created(URI.create("/api/v1/indicators#" + created.code()))
                        .body(IndicatorResponse.of(created)));
    }

    @GetMapping("/api/v1/authorities/{slug}/indicators")
    @Operation(summary = "The catalogue and the authority's own indicators (members)")
    Mono<Page<IndicatorResponse>> ofAuthority(@PathVariable String slug) {
        return access.require(slug, Role.VIEWER).flatMap(catalogue::forAuthority)
                .map(found -> new Page<>(found.stream().map(IndicatorResponse::of).toList(), null));
    }

    @PostMapping("/api/v1/authorities/{slug}/indicators")
    @Operation(summary = "Add one of the authority's own indicators (editors)",
            description = "Its code starts with X_; it is never compared with other authorities.")
    Mono<ResponseEntity<IndicatorResponse>> addCustom(@PathVariable String slug,
            @Valid @RequestBody IndicatorRequest request) {
        if (!request.code().startsWith("X_")) {
            throw new InvalidField("code", "the code of your own indicator must start with X_");
        }
        return access.require(slug, Role.EDITOR)
                .flatMap(tenant -> catalogue.addCustom(tenant, request.toIndicator(true)))
                .map(created -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/v1/authorities/" + slug + "/indicators#" + created.code()))
                        .body(IndicatorResponse.of(created)));
    }

    @GetMapping("/public/v1/indicators/{code}/statistics")
    @Operation(summary = "Open statistics of an indicator (anyone)",
            description = "Aggregates of values that are not confidential; only the count below 3 values.")
    Mono<StatisticsResponse> statistics(@PathVariable String code, @RequestParam int year,
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String region) {
        if (kind != null && !kind.matches("REGION|DEPARTEMENT|EPCI|COMMUNE|SYNDICAT")) {
            throw new InvalidField("kind", "must be REGION, DEPARTEMENT, EPCI, COMMUNE or SYNDICAT");
        }
        if (region != null && !region.matches("[0-9]{2}")) {
            throw new InvalidField("region", "must be a 2-digit région code");
        }
        return comparison.openStatistics(code, year, kind, region)
                .map(distribution -> new StatisticsResponse(code, year, kind, region, distribution));
    }

    /** The open statistics of one indicator for one year and one group. */
    record StatisticsResponse(String indicator, int year, @Nullable String kind, @Nullable String region,
            Distribution statistics) {
    }
}
