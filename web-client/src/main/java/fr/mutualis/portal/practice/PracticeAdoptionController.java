package fr.mutualis.portal.practice;

import java.util.Locale;

import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.forms.FormErrors;
import fr.mutualis.portal.shared.forms.FormFields;
import fr.mutualis.portal.shared.forms.ProblemMessages;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import fr.mutualis.portal.shared.tenancy.Tenancy;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Adopting a practice: the user picks one of their current authority's plans, and the plans module creates an action
 * from the practice ({@code POST /api/v1/authorities/{slug}/plans/{planId}/adoptions}, plans contract).
 */
@Controller
class PracticeAdoptionController {

	static final FormFields ADOPTION = FormFields.of("practices.adoption", "planId");

	private static final String ADOPT = LibraryFilters.LIBRARY + "/{id}/adopter";

	private final PracticesApi practices;

	private final PracticePage page;

	private final ProblemMessages problems;

	PracticeAdoptionController(MutualisApi api, Tenancy tenancy, ProblemMessages problems) {
		this.practices = new PracticesApi(api);
		this.page = new PracticePage(this.practices, tenancy);
		this.problems = problems;
	}

	@GetMapping(ADOPT)
	Mono<Rendering> form(@PathVariable String id, ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return render(id, FormErrors.none(ADOPTION), HttpStatus.OK, exchange, user);
	}

	@PostMapping(ADOPT)
	Mono<Rendering> adopt(@PathVariable String id, @ModelAttribute AdoptionForm form, Locale locale,
			ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		if (!StringUtils.hasText(form.planId())) {
			FormErrors errors = this.problems.invalid(java.util.Map.of("planId", "practices.adoption.invalid.planId"),
					ADOPTION, locale);
			return render(id, errors, HttpStatus.BAD_REQUEST, exchange, user);
		}
		return this.page.acting(exchange, user)
			.flatMap((authority) -> this.practices.adopt(authority, form.planId(), id, user))
			.then(Mono.fromSupplier(() -> Rendering.redirectTo(PracticePage.address(id, "adoptee")).build()))
			.onErrorResume(ApiProblem.class, (problem) -> render(id, this.problems.explain(problem, ADOPTION, locale),
					HttpStatus.valueOf(problem.status() == 412 ? 409 : problem.status()), exchange, user));
	}

	private Mono<Rendering> render(String id, FormErrors errors, HttpStatus status, ServerWebExchange exchange,
			OAuth2AuthorizedClient user) {
		return this.page.acting(exchange, user)
			.flatMap((authority) -> Mono.zip(this.practices.published(id, user), this.practices.plans(authority, user))
				.map((found) -> Rendering.view("practice/adopt")
					.status(status)
					.modelAttribute("practice", found.getT1())
					.modelAttribute("plans", found.getT2().items())
					.modelAttribute("authority", authority)
					.modelAttribute("errors", errors)
					.build()));
	}

	/** @param planId the plan to adopt the practice in */
	record AdoptionForm(@Nullable String planId) {
	}

}
