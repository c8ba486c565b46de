package fr.mutualis.portal.plan;

import fr.mutualis.portal.shared.tenancy.Tenancy;
import org.springframework.web.reactive.function.client.WebClient;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.forms.FormErrors;
import fr.mutualis.portal.shared.forms.FormFields;
import fr.mutualis.portal.shared.forms.ProblemMessages;
import fr.mutualis.portal.shared.security.SecurityConfiguration;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** An authority's plans, and the form that starts a new one (editors). */
@Controller
class PlanListController {

	static final FormFields FORM = FormFields.of("plans.plan", "title", "startYear", "endYear");

	private final PlansApi plans;

	private final MutualisApi api;

	private final PlanRoles roles;

	private final ProblemMessages problems;

	PlanListController(WebClient apiWebClient, MutualisApi api, Tenancy tenancy, ProblemMessages problems) {
		this.plans = new PlansApi(api, apiWebClient);
		this.api = api;
		this.roles = new PlanRoles(tenancy);
		this.problems = problems;
	}

	@GetMapping("/collectivites/{slug}/plans")
	Mono<Rendering> list(@PathVariable String slug,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		int year = Year.now().getValue();
		return page(slug, new NewPlanForm("", Integer.toString(year), Integer.toString(year + 2)),
				FormErrors.none(FORM), HttpStatus.OK, user, exchange);
	}

	@PostMapping("/collectivites/{slug}/plans")
	Mono<Rendering> create(@PathVariable String slug, @ModelAttribute NewPlanForm form, Locale locale,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		return this.roles.requireEditor(slug, exchange, user).then(Mono.defer(() -> {
			Map<String, String> wrong = form.wrongNumbers();
			if (!wrong.isEmpty()) {
				return page(slug, form, this.problems.invalid(wrong, FORM, locale), HttpStatus.BAD_REQUEST, user,
						exchange);
			}
			return this.plans.createPlan(slug, form.toJson(), user)
				.map((created) -> Rendering.redirectTo(PlanPageController.path(slug, created.body().id())).build())
				.onErrorResume(ApiProblem.class, (problem) -> page(slug, form,
						this.problems.explain(problem, FORM, locale), HttpStatus.BAD_REQUEST, user, exchange));
		}));
	}

	private Mono<Rendering> page(String slug, NewPlanForm form, FormErrors errors, HttpStatus status,
			OAuth2AuthorizedClient user, ServerWebExchange exchange) {
		return Mono.zip(this.api.get(ApiPath.of("/api/v1/authorities/{slug}", slug), AuthorityName.class, user),
				this.plans.plans(slug, user), this.roles.mayEdit(slug, exchange, user))
			.map((all) -> Rendering.view("plan/list")
				.modelAttribute("authority", all.getT1())
				.modelAttribute("plans", all.getT2().items())
				.modelAttribute("mayEdit", all.getT3())
				.modelAttribute("form", form)
				.modelAttribute("errors", errors)
				.status(status)
				.build());
	}

	/**
	 * The new-plan form as typed.
	 *
	 * @param title the title
	 * @param startYear the first year
	 * @param endYear the last year
	 */
	record NewPlanForm(String title, String startYear, String endYear) {

		Map<String, String> wrongNumbers() {
			Map<String, String> wrong = new LinkedHashMap<>();
			if (!startYear().strip().matches("\\d{4}")) {
				wrong.put("startYear", "plans.plan.invalid.startYear");
			}
			if (!endYear().strip().matches("\\d{4}")) {
				wrong.put("endYear", "plans.plan.invalid.endYear");
			}
			return wrong;
		}

		Map<String, Object> toJson() {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("title", title().strip());
			json.put("startYear", Integer.parseInt(startYear().strip()));
			json.put("endYear", Integer.parseInt(endYear().strip()));
			return json;
		}

	}

}
