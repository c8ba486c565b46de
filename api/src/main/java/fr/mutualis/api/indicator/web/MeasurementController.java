package fr.mutualis.api.indicator.web;

import fr.mutualis.api.indicator.ComputedIndicators;
import fr.mutualis.api.indicator.Measurements;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.Role;
import fr.mutualis.api.shared.web.ETags;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Indicators")
class MeasurementController {

    private static final String BASE = "/api/v1/authorities/{slug}";

    private final Measurements measurements;
    private final ComputedIndicators computed;
    private final AuthorityAccess access;

    MeasurementController(Measurements measurements, ComputedIndicators computed, AuthorityAccess access) {
        this.measurements = measurements;
        this.computed = computed;
        this.access = access;
    }

    @PutMapping(BASE + "/measurements/{code}/{year}")
    @Operation(summary = "Enter the value of an indicator for a year (editors)",
            description = "Idempotent: the same body twice changes nothing. 201 when created, 200 otherwise. Values "
                    + "are checked against the unit (percentage 0–100, ratio ≥ 1, counts whole and not negative). "
                    + "Honours If-Match.")
    Mono<ResponseEntity<MeasurementResponse>> put(@PathVariable String slug, @PathVariable String code,
            @PathVariable int year, @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody MeasurementRequest request) {
        Long expected = ETags.expectedVersion(ifMatch);
        return access.require(slug, Role.EDITOR)
                .flatMap(tenant -> measurements.put(tenant, code, year, request.toInput(), expected))
                .map(stored -> ResponseEntity.status(stored.created() ? HttpStatus.CREATED : HttpStatus.OK)
                        .location(URI.create("/api/v1/authorities/" + slug + "/measurements/" + code + "/" + year))
                        .eTag(ETags.of(stored.measurement().version()))
                        .body(MeasurementResponse.of(stored.measurement())));
    }

    @GetMapping(BASE + "/measurements/{code}/{year}")
    @Operation(summary = "One measurement (members)")
    Mono<ResponseEntity<MeasurementResponse>> find(@PathVariable String slug, @PathVariable String code,
            @PathVariable int year) {
        return access.require(slug, Role.VIEWER).flatMap(tenant -> measurements.find(tenant, code, year))
                .map(found -> ResponseEntity.ok().eTag(ETags.of(found.version())).body(MeasurementResponse.of(found)));
    }

    @GetMapping(BASE + "/measurements")
    @Operation(summary = "The authority's measurements (members)", description = "By indicator code, then year.")
    Mono<Page<MeasurementResponse>> list(@PathVariable String slug,
            @RequestParam(required = false) @Nullable String indicator,
            @RequestParam(required = false) @Nullable Integer from, @RequestParam(required = false) @Nullable Integer to,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        int size = Page.limit(limit);
        return access.require(slug, Role.VIEWER)
                .flatMap(tenant -> measurements.list(tenant, indicator, from, to, cursor, size))
                .map(page -> page.map(MeasurementResponse::of));
    }

    @PostMapping(BASE + "/computations/{year}")
    @Operation(summary = "Recompute the computed indicators of a year (editors)",
            description = "Stores each computed value that the data allow; values entered by hand are kept.")
    Mono<Map<String, List<String>>> recompute(@PathVariable String slug, @PathVariable int year) {
        return access.require(slug, Role.EDITOR)
                .flatMap(tenant -> {
                    Measurements.checkYear("year", year);
                    return computed.refresh(tenant.authorityId(), year);
                })
                .map(codes -> Map.of("computed", codes));
    }
}
