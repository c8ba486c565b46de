package fr.mutualis.portal.plan;

import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.tenancy.Tenancy;
import org.springframework.web.reactive.function.client.WebClient;
import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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

	AdoptionController(MutualisApi api, WebClient apiWebClient, Tenancy tenancy) {
		this.plans = new PlansApi(api, apiWebClient);
		this.roles = new PlanRoles(tenancy);
	}

	@PostMapping("/plans/adoptions")
	Mono<Rendering> adopt(@ModelAttribute AdoptionForm form,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		String[] slugAndPlan = String.valueOf(form.target()).split("/", 2);
		String back = String.valueOf(form.back());
		String returnTo = back.startsWith("/collectivites/") && !back.contains("//") ? back : "/plans";
		if (slugAndPlan.length != 2 || form.sourceActionId() == null) {
			return Mono.just(Rendering.redirectTo(returnTo + "?adoption=invalide").build());
		}
		return this.roles.requireEditor(slugAndPlan[0], exchange, user)
			.then(this.plans.adopt(slugAndPlan[0], slugAndPlan[1], form.sourceActionId(), user))
			.map((adopted) -> Rendering.redirectTo(PlanPageController.path(slugAndPlan[0], slugAndPlan[1])
					+ "?adoptee").build())
			.onErrorResume(ApiProblem.class,
					(problem) -> Mono.just(Rendering.redirectTo(returnTo + "?adoption=refusee").build()));
	}

	/**
	 * The adoption form.
	 *
	 * @param target {@code slug/planId} of the plan to adopt into
	 * @param sourceActionId the action adopted
	 * @param back the page to return to when the adoption is refused
	 */
	record AdoptionForm(@Nullable String target, @Nullable String sourceActionId, @Nullable String back) {
	}

}
