package fr.mutualis.api.audit.web;

import fr.mutualis.api.audit.AuditEvent;
import fr.mutualis.api.audit.AuditLog;
import fr.mutualis.api.shared.tenancy.AuthorityAccess;
import fr.mutualis.api.shared.tenancy.Role;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Audit log")
class AuditController {

    private final AuditLog audit;
    private final AuthorityAccess access;

    AuditController(AuditLog audit, AuthorityAccess access) {
        this.audit = audit;
        this.access = access;
    }

    @GetMapping("/api/v1/authorities/{slug}/audit")
    @Operation(summary = "The authority's audit log, newest first (its administrators)")
    Mono<Page<AuditEvent>> recent(@PathVariable String slug, @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        int size = Page.limit(limit);
        return access.require(slug, Role.ADMIN).flatMap(tenant -> audit.recent(tenant, cursor, size));
    }
}
