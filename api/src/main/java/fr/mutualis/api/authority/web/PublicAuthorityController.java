package fr.mutualis.api.authority.web;

import fr.mutualis.api.authority.Authorities;
import fr.mutualis.api.authority.Authority;
import fr.mutualis.api.authority.AuthorityKind;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Public", description = "Anonymous reads of public content, rate limited")
class PublicAuthorityController {

    private final Authorities authorities;

    PublicAuthorityController(Authorities authorities) {
        this.authorities = authorities;
    }

    @GetMapping("/public/v1/authorities")
    @SecurityRequirements
    @Operation(summary = "Member authorities (public identity only)",
            description = "Filter by kind, région code and a text query; cursor pages with a Link header.")
    Mono<ResponseEntity<Page<PublicAuthority>>> directory(@RequestParam(required = false) @Nullable AuthorityKind kind,
            @RequestParam(required = false) @Nullable String region, @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        return authorities.publicDirectory(kind, region, q == null || q.isBlank() ? null : q.strip(), cursor,
                        Page.limit(limit))
                .map(page -> page.map(PublicAuthority::of))
                .map(page -> ResponseEntity.ok().body(page)); // the Link header: ConditionalReads
    }

    /** What anyone may know of an authority: no e-mail domains, no agent count, no version. */
    record PublicAuthority(String slug, String name, AuthorityKind kind, String siren, @Nullable String inseeCode,
            @Nullable Integer population, @Nullable String regionCode, @Nullable String departmentCode,
            @Nullable String parent) {

        static PublicAuthority of(Authority authority) {
            return new PublicAuthority(authority.slug(), authority.name(), authority.kind(), authority.siren(),
                    authority.inseeCode(), authority.population(), authority.regionCode(),
                    authority.departmentCode(), authority.parent());
        }
    }
}
