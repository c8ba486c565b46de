package fr.mutualis.portal.plan;

import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.tenancy.Tenancy;
import org.springframework.web.reactive.function.client.WebClient;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.api.Versioned;
import fr.mutualis.portal.shared.forms.FormErrors;
import fr.mutualis.portal.shared.forms.ProblemMessages;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Adding and changing an action (editors). A change carries the version the user saw: when someone else changed the
 * action meanwhile, the form comes back with the current values beside the user's, so that nothing is lost.
 */
@Controller
class ActionFormController {

	private static final String NEW = PlanPageController.PATH + "/actions/nouvelle";

	private static final String ONE = PlanPageController.PATH + "/actions/{actionId}";

	private final PlansApi plans;

	private final PlanRoles roles;

	private final ProblemMessages problems;

	ActionFormController(MutualisApi api, WebClient apiWebClient, Tenancy tenancy, ProblemMessages problems) {
		this.plans = new PlansApi(api, apiWebClient);
		this.roles = new PlanRoles(tenancy);
		this.problems = problems;
	}

	@GetMapping(NEW)
	Mono<Rendering> newAction(@PathVariable String slug, @PathVariable String planId,
			@RequestParam(required = false) @Nullable String parent,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		return this.roles.requireEditor(slug, exchange, user)
			.then(page(slug, planId, null, ActionForm.empty(parent), FormErrors.none(ActionForm.FIELDS), null,
					HttpStatus.OK, user));
	}

	@PostMapping(NEW)
	Mono<Rendering> create(@PathVariable String slug, @PathVariable String planId, @ModelAttribute ActionForm form,
			Locale locale, @RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		return this.roles.requireEditor(slug, exchange, user).then(Mono.defer(() -> {
			Map<String, String> wrong = form.wrongValues();
			if (!wrong.isEmpty()) {
				return page(slug, planId, null, form, this.problems.invalid(wrong, ActionForm.FIELDS, locale), null,
						HttpStatus.BAD_REQUEST, user);
			}
			return this.plans.createAction(slug, planId, form.toJson(), user)
				.map((created) -> Rendering.redirectTo(PlanPageController.path(slug, planId) + "?ajoutee").build())
				.onErrorResume(ApiProblem.class, (problem) -> page(slug, planId, null, form,
						this.problems.explain(problem, ActionForm.FIELDS, locale), null, HttpStatus.BAD_REQUEST, user));
		}));
	}

	@GetMapping(ONE)
	Mono<Rendering> action(@PathVariable String slug, @PathVariable String planId, @PathVariable String actionId,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		return this.roles.requireEditor(slug, exchange, user)
			.then(this.plans.action(slug, planId, actionId, user))
			.flatMap((found) -> page(slug, planId, found.body(), ActionForm.of(found.body(), found.etag()),
					FormErrors.none(ActionForm.FIELDS), null, HttpStatus.OK, user));
	}

	@PostMapping(ONE)
	Mono<Rendering> change(@PathVariable String slug, @PathVariable String planId, @PathVariable String actionId,
			@ModelAttribute ActionForm form, Locale locale,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		return this.roles.requireEditor(slug, exchange, user).then(Mono.defer(() -> {
			Map<String, String> wrong = form.wrongValues();
			if (!wrong.isEmpty()) {
				return this.plans.action(slug, planId, actionId, user).flatMap((found) -> page(slug, planId,
						found.body(), form, this.problems.invalid(wrong, ActionForm.FIELDS, locale), null,
						HttpStatus.BAD_REQUEST, user));
			}
			return this.plans.changeAction(slug, planId, actionId, form.toJson(), String.valueOf(form.version()), user)
				.map((saved) -> Rendering.redirectTo(PlanPageController.path(slug, planId) + "?modifiee").build())
				.onErrorResume(ApiProblem.class, (problem) -> explain(slug, planId, actionId, form, problem, locale,
						user));
		}));
	}

	private Mono<Rendering> explain(String slug, String planId, String actionId, ActionForm form, ApiProblem problem,
			Locale locale, OAuth2AuthorizedClient user) {
		FormErrors errors = this.problems.explain(problem, ActionForm.FIELDS, locale);
		return this.plans.action(slug, planId, actionId, user).flatMap((found) -> (problem.status() == 412)
				? page(slug, planId, found.body(), form.atVersion(found.etag()), errors, found, HttpStatus.CONFLICT, user)
				: page(slug, planId, found.body(), form, errors, null, HttpStatus.BAD_REQUEST, user));
	}

	private Mono<Rendering> page(String slug, String planId, @Nullable PlanAction action, ActionForm form,
			FormErrors errors, @Nullable Versioned<PlanAction> current, HttpStatus status, OAuth2AuthorizedClient user) {
		Mono<List<ActionChange>> history = (action != null) ? this.plans.history(slug, planId, action.id(), user)
				: Mono.just(List.of());
		return Mono.zip(this.plans.plan(slug, planId, user), this.plans.actions(slug, planId, user), history)
			.map((all) -> Rendering.view("plan/action-form")
				.modelAttribute("plan", all.getT1().body())
				.modelAttribute("action", action)
				.modelAttribute("parents", all.getT2().stream().filter((one) -> one.parentActionId() == null
						&& (action == null || !one.id().equals(action.id()))).toList())
				.modelAttribute("history", all.getT3())
				.modelAttribute("form", form)
				.modelAttribute("errors", errors)
				.modelAttribute("current", (current != null) ? ActionForm.of(current.body(), current.etag()) : null)
				.modelAttribute("themes", PlanView.THEMES)
				.modelAttribute("statuses", PlanView.STATUSES)
				.modelAttribute("priorities", PlanView.PRIORITIES)
				.status(status)
				.build());
	}

}
