package fr.mutualis.portal.authority;

import java.util.Locale;
import java.util.Map;

import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.api.Versioned;
import fr.mutualis.portal.shared.forms.FormErrors;
import fr.mutualis.portal.shared.forms.ProblemMessages;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import fr.mutualis.portal.shared.tenancy.Tenancy;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Changing an authority's profile, for its administrators and the platform operator.
 * <p>
 * The form carries the version the user saw; the change is sent as a JSON merge patch with
 * {@code If-Match} of that version. When someone else changed the authority meanwhile, the
 * form comes back with the current values beside the user's input, so that nothing is lost.
 */
@Controller
class AuthorityChangeController {

	private static final String PATH = "/collectivites/{slug}/modifier";

	private final MutualisApi api;

	private final Tenancy tenancy;

	private final ProblemMessages problems;

	AuthorityChangeController(MutualisApi api, Tenancy tenancy, ProblemMessages problems) {
		this.api = api;
		this.tenancy = tenancy;
		this.problems = problems;
	}

	@GetMapping(PATH)
	Mono<Rendering> form(@PathVariable String slug,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		return mayManage(slug, exchange, user)
			.then(this.api.getVersioned(AuthorityProfileController.path(slug), Authority.class, user))
			.map((found) -> AuthorityFormPage.change(found.body(), AuthorityForm.of(found.body(), found.etag()),
					FormErrors.none(AuthorityForm.CHANGE))
				.render(HttpStatus.OK));
	}

	@PostMapping(PATH)
	Mono<Rendering> change(@PathVariable String slug, @ModelAttribute("form") AuthorityForm form, Locale locale,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		if (!StringUtils.hasText(form.version())) {
			return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form has no version"));
		}
		return mayManage(slug, exchange, user).then(Mono.defer(() -> {
			Map<String, String> wrongNumbers = form.wrongNumbers();
			if (!wrongNumbers.isEmpty()) {
				FormErrors errors = this.problems.invalid(wrongNumbers, AuthorityForm.CHANGE, locale);
				return current(slug, user).map((found) -> AuthorityFormPage.change(found.body(), form, errors)
					.render(HttpStatus.BAD_REQUEST));
			}
			return this.api.patch(AuthorityProfileController.path(slug), form.mergePatch(), form.version(),
					Authority.class, user)
				.map((saved) -> Rendering.redirectTo(AuthorityFormPage.profile(slug, "modifie").toString()).build())
				.onErrorResume(ApiProblem.class, (problem) -> explain(slug, form, problem, locale, user));
		}));
	}

	private Mono<Rendering> explain(String slug, AuthorityForm form, ApiProblem problem, Locale locale,
			OAuth2AuthorizedClient user) {
		FormErrors errors = this.problems.explain(problem, AuthorityForm.CHANGE, locale);
		return current(slug, user).map((found) -> {
			AuthorityFormPage page = (problem.status() == 412)
					? AuthorityFormPage.staleChange(found.body(), found.etag(), form, errors)
					: AuthorityFormPage.change(found.body(), form, errors);
			return page.render(AuthorityFormPage.statusOf(problem));
		});
	}

	private Mono<Versioned<Authority>> current(String slug, OAuth2AuthorizedClient user) {
		return this.api.getVersioned(AuthorityProfileController.path(slug), Authority.class, user);
	}

	private Mono<Void> mayManage(String slug, ServerWebExchange exchange, OAuth2AuthorizedClient user) {
		return this.tenancy.mine(exchange, user)
			.filter((mine) -> mine.mayManage(slug))
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.FORBIDDEN)))
			.then();
	}

}
