package fr.mutualis.portal.plan;

import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.security.SecurityConfiguration;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Adoption: from another authority's published plan, an editor copies an action into one of their own plans. The
 * target is sent as {@code slug/planId}; the browser then opens the target plan.
 */
@Controller
class AdoptionController {

	private final PlansApi plans;

	private final PlanRoles roles;

	AdoptionController(PlansApi plans, PlanRoles roles) {
		this.plans = plans;
		this.roles = roles;
	}

	@PostMapping("/plans/adoptions")
	Mono<Rendering> adopt(@RequestParam String target, @RequestParam String sourceActionId,
			@RequestParam String back,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		String[] slugAndPlan = target.split("/", 2);
		String returnTo = back.startsWith("/collectivites/") ? back : "/plans";
		if (slugAndPlan.length != 2) {
			return Mono.just(Rendering.redirectTo(returnTo + "?adoption=invalide").build());
		}
		return this.roles.requireEditor(slugAndPlan[0], exchange, user)
			.then(this.plans.adopt(slugAndPlan[0], slugAndPlan[1], sourceActionId, user))
			.map((adopted) -> Rendering.redirectTo(PlanPageController.path(slugAndPlan[0], slugAndPlan[1])
					+ "?adoptee").build())
			.onErrorResume(ApiProblem.class,
					(problem) -> Mono.just(Rendering.redirectTo(returnTo + "?adoption=refusee").build()));
	}

}
