package fr.mutualis.api.plan.web;

import fr.mutualis.api.authority.AuthorityKind;
import fr.mutualis.api.plan.ActionPlans;
import fr.mutualis.api.plan.Plan;
import fr.mutualis.api.plan.Theme;
import fr.mutualis.api.shared.web.InvalidField;
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
class PublicPlanController {

    private final ActionPlans plans;

    PublicPlanController(ActionPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/public/v1/plans")
    @SecurityRequirements
    @Operation(summary = "Published PUBLIC action plans of the network",
            description = "Newest first; filter by the theme of an action, kind of authority and région code. "
                    + "Cursor pages with a Link header; ETag and If-None-Match.")
    Mono<ResponseEntity<Page<Plan>>> plans(@RequestParam(required = false) @Nullable Theme theme,
            @RequestParam(required = false) @Nullable AuthorityKind kind,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        if (region != null && !region.isBlank() && !region.matches("^[0-9]{2}$")) {
            throw new InvalidField("region", "region must be a 2-digit région code");
        }
        return plans.publicPlans(theme, kind == null ? null : kind.name(),
                        region == null || region.isBlank() ? null : region, cursor, Page.limit(limit))
                .map(page -> ResponseEntity.ok().body(page)); // the Link header: ConditionalReads
    }
}
