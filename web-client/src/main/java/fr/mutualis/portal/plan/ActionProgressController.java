package fr.mutualis.portal.plan;

import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.tenancy.Tenancy;
import org.springframework.web.reactive.function.client.WebClient;
import java.util.LinkedHashMap;
import java.util.Map;

import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The inline progress form of each action on the plan page. With htmx, only the action's row is redrawn; without
 * JavaScript, the browser goes back to the plan. When someone changed the action meanwhile, the row (or a page)
 * shows the current progress beside the one typed, and the form is ready to send again.
 */
@Controller
class ActionProgressController {

	private final PlansApi plans;

	private final PlanRoles roles;

	ActionProgressController(MutualisApi api, WebClient apiWebClient, Tenancy tenancy) {
		this.plans = new PlansApi(api, apiWebClient);
		this.roles = new PlanRoles(tenancy);
	}

	@PostMapping(PlanPageController.PATH + "/actions/{actionId}/avancement")
	Mono<Rendering> progress(@PathVariable String slug, @PathVariable String planId, @PathVariable String actionId,
			@ModelAttribute ProgressForm form,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		boolean htmx = exchange.getRequest().getHeaders().containsHeader("HX-Request");
		String progress = (form.progress() != null) ? form.progress() : "";
		String version = (form.version() != null) ? form.version() : "";
		return this.roles.requireEditor(slug, exchange, user).then(Mono.defer(() -> {
			if (!progress.strip().matches("\\d{1,3}") || Integer.parseInt(progress.strip()) > 100) {
				return reload(slug, planId, actionId, progress, "invalid", htmx, user);
			}
			Map<String, @Nullable Object> change = new LinkedHashMap<>();
			change.put("progress", Integer.parseInt(progress.strip()));
			return this.plans.changeAction(slug, planId, actionId, change, version, user)
				.map((saved) -> htmx ? row(slug, saved.body(), saved.etag(), null, null, HttpStatus.OK)
						: Rendering.redirectTo(PlanPageController.path(slug, planId) + "?modifiee").build())
				.onErrorResume(ApiProblem.class, (problem) -> reload(slug, planId, actionId, progress,
						(problem.status() == 412) ? "stale" : "invalid", htmx, user));
		}));
	}

	private Mono<Rendering> reload(String slug, String planId, String actionId, String typed, String problem,
			boolean htmx, OAuth2AuthorizedClient user) {
		return this.plans.action(slug, planId, actionId, user)
			.map((current) -> rowBuilder(slug, current.body(), current.etag(), typed, problem,
					htmx ? HttpStatus.OK : HttpStatus.CONFLICT)
				.build());
	}

	private static Rendering.Builder<?> rowBuilder(String slug, PlanAction action, String version,
			@Nullable String typed, @Nullable String problem, HttpStatus status) {
		return Rendering.view((status == HttpStatus.OK) ? "plan/progress :: row" : "plan/progress")
			.modelAttribute("slug", slug)
			.modelAttribute("action", action)
			.modelAttribute("mayEdit", true)
			.modelAttribute("targets", java.util.List.of())
			.modelAttribute("typed", typed)
			.modelAttribute("problem", problem)
			.status(status);
	}

	private static Rendering row(String slug, PlanAction action, String version, @Nullable String typed,
			@Nullable String problem, HttpStatus status) {
		return rowBuilder(slug, action, version, typed, problem, status).build();
	}

	/**
	 * The inline progress form.
	 *
	 * @param progress the progress typed
	 * @param version the version of the action shown
	 */
	record ProgressForm(@Nullable String progress, @Nullable String version) {
	}

}
