package fr.mutualis.api.plan.web;

import fr.mutualis.api.authority.AuthorityKind;
import fr.mutualis.api.plan.ActionPlans;
import fr.mutualis.api.plan.Plan;
import fr.mutualis.api.plan.Theme;
import fr.mutualis.api.shared.security.Caller;
import fr.mutualis.api.shared.web.InvalidField;
import fr.mutualis.api.shared.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@RestController
@Tag(name = "Action plans")
class NetworkController {

    private final ActionPlans plans;

    NetworkController(ActionPlans plans) {
        this.plans = plans;
    }

    @GetMapping("/api/v1/plans")
    @Operation(summary = "Published plans of the whole network", description = "Newest first; filter by theme of an "
            + "action, kind of authority and région code.")
    Mono<Page<Plan>> network(@RequestParam(required = false) @Nullable Theme theme,
            @RequestParam(required = false) @Nullable AuthorityKind kind,
            @RequestParam(required = false) @Nullable String region,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable Integer limit) {
        int size = Page.limit(limit);
        if (region != null && !region.isBlank() && !region.matches("^[0-9]{2}$")) {
            throw new InvalidField("region", "region must be a 2-digit région code");
        }
        String regionCode = region == null || region.isBlank() ? null : region;
        return Caller.current().flatMap(caller -> plans.network(caller, theme, kind == null ? null : kind.name(),
                regionCode, cursor, size));
    }
}
