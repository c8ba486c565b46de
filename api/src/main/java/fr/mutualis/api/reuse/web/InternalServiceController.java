package fr.mutualis.api.reuse.web;

import fr.mutualis.api.reuse.EquipmentCategory;
import fr.mutualis.api.reuse.InternalService;
import fr.mutualis.api.reuse.InternalServices;
import fr.mutualis.api.reuse.ServiceTier;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Internal redeployment", description = "Services tagged VITAL or STANDARD; lots go to STANDARD ones")
class InternalServiceController {

    private final InternalServices services;
    private final AuthorityAccess access;

    InternalServiceController(InternalServices services, AuthorityAccess access) {
        this.services = services;
        this.access = access;
    }

    record ServiceRequest(@NotBlank @Size(min = 2, max = 200) String name, @NotNull ServiceTier tier,
            @Nullable @Min(0) @Max(1000000) Integer agents, @Nullable @Size(max = 9) List<EquipmentCategory> needs) {
    }

    record Services(List<InternalService> items, @Nullable String nextCursor) {
    }

    @GetMapping("/api/v1/authorities/{slug}/services")
    @Operation(summary = "The authority's services (members)")
    Mono<Services> list(@PathVariable String slug) {
        return access.require(slug, Role.VIEWER).flatMap(services::list).map(items -> new Services(items, null));
    }

    @PostMapping(path = "/api/v1/authorities/{slug}/services", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add a service, tagged VITAL or STANDARD (editors)")
    Mono<ResponseEntity<InternalService>> create(@PathVariable String slug, @Valid @RequestBody ServiceRequest request) {
        InternalService draft = new InternalService(UUID.randomUUID(), request.name(), request.tier(),
                request.agents() == null ? 0 : request.agents(), request.needs() == null ? List.of() : request.needs());
        return access.require(slug, Role.EDITOR).flatMap(tenant -> services.create(tenant, draft))
                .map(service -> ResponseEntity.status(HttpStatus.CREATED)
                        .location(URI.create("/api/v1/authorities/" + slug + "/services/" + service.id()))
                        .body(service));
    }

    @GetMapping("/api/v1/authorities/{slug}/lots/{lotId}/suggestions")
    @Operation(summary = "STANDARD services to redeploy a lot to, best first (members)")
    Mono<Services> suggestions(@PathVariable String slug, @PathVariable UUID lotId) {
        return access.require(slug, Role.VIEWER).flatMap(tenant -> services.suggestions(tenant, lotId))
                .map(items -> new Services(items, null));
    }
}
