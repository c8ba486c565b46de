package fr.mutualis.portal.practice;

import java.util.Locale;

import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.forms.FormErrors;
import fr.mutualis.portal.shared.forms.ProblemMessages;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import fr.mutualis.portal.shared.tenancy.Me;
import fr.mutualis.portal.shared.tenancy.Tenancy;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The practices of an authority, drafts included, and their editor with a preview (rendered and sanitised by the api,
 * nothing saved). A change carries the version the user saw: when someone changed the practice meanwhile (412), the
 * form comes back with the user's text so that nothing is lost.
 */
@Controller
class EditorController {

	private static final String OWN = "/collectivites/{slug}/bonnes-pratiques";

	private final PracticesApi practices;

	private final Tenancy tenancy;

	private final ProblemMessages problems;

	EditorController(MutualisApi api, Tenancy tenancy, ProblemMessages problems) {
		this.practices = new PracticesApi(api);
		this.tenancy = tenancy;
		this.problems = problems;
	}

	@GetMapping(OWN)
	Mono<Rendering> own(@PathVariable String slug, @RequestParam(required = false) @Nullable String cursor,
			ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return Mono.zip(this.practices.ofAuthority(slug, cursor, user), this.tenancy.mine(exchange, user))
			.map((found) -> Rendering.view("practice/own")
				.modelAttribute("slug", slug)
				.modelAttribute("page", found.getT1())
				.modelAttribute("mayEdit", mayEdit(found.getT2().platformOperator(), found.getT2().membership(slug)
					.orElse(null)))
				.build());
	}

	@GetMapping(OWN + "/nouvelle")
	Mono<Rendering> blank(@PathVariable String slug, ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return editor(slug, exchange, user).thenReturn(form(slug, null, PracticeForm.empty(), null,
				FormErrors.none(PracticeForm.FIELDS), HttpStatus.OK).build());
	}

	@PostMapping(OWN + "/nouvelle")
	Mono<Rendering> create(@PathVariable String slug, @ModelAttribute("form") PracticeForm form, Locale locale,
			ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return editor(slug, exchange, user).then(form.preview() ? preview(slug, null, form, user)
				: this.practices.create(slug, form.toRequest(), user)
					.map((saved) -> Rendering.redirectTo(saved(slug, saved.body().id())).build())
					.onErrorResume(ApiProblem.class, (problem) -> Mono.just(form(slug, null, form, null,
							this.problems.explain(problem, PracticeForm.FIELDS, locale), status(problem)).build())));
	}

	@GetMapping(OWN + "/{id}/modifier")
	Mono<Rendering> edit(@PathVariable String slug, @PathVariable String id, ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		String saved = exchange.getRequest().getQueryParams().containsKey("enregistree") ? "enregistree" : null;
		return editor(slug, exchange, user).then(this.practices.own(slug, id, user))
			.map((found) -> form(slug, id, PracticeForm.of(found.body(), found.etag()), null,
					FormErrors.none(PracticeForm.FIELDS), HttpStatus.OK)
				.modelAttribute("saved", saved != null)
				.modelAttribute("published", found.body().published())
				.build());
	}

	@PostMapping(OWN + "/{id}/modifier")
	Mono<Rendering> change(@PathVariable String slug, @PathVariable String id,
			@ModelAttribute("form") PracticeForm form, Locale locale, ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		if (form.version() == null || form.version().isBlank()) {
			return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "The form has no version"));
		}
		return editor(slug, exchange, user).then(form.preview() ? preview(slug, id, form, user)
				: this.practices.change(slug, id, form.toRequest(), form.version(), user)
					.map((saved) -> Rendering.redirectTo(saved(slug, id)).build())
					.onErrorResume(ApiProblem.class, (problem) -> explain(slug, id, form, problem, locale, user)));
	}

	/** A stale change keeps the user's text and takes the current version, so that saving again is possible. */
	private Mono<Rendering> explain(String slug, String id, PracticeForm form, ApiProblem problem, Locale locale,
			OAuth2AuthorizedClient user) {
		FormErrors errors = this.problems.explain(problem, PracticeForm.FIELDS, locale);
		Mono<PracticeForm> kept = (problem.status() != 412) ? Mono.just(form)
				: this.practices.own(slug, id, user).map((current) -> form.withVersion(current.etag()));
		return kept.map((shown) -> form(slug, id, shown, null, errors, status(problem)).build());
	}

	private Mono<Rendering> preview(String slug, @Nullable String id, PracticeForm form, OAuth2AuthorizedClient user) {
		return this.practices.preview((form.body() != null) ? form.body() : "", user)
			.map((html) -> form(slug, id, form, html, FormErrors.none(PracticeForm.FIELDS), HttpStatus.OK).build());
	}

	private static Rendering.Builder<?> form(String slug, @Nullable String id, PracticeForm form, @Nullable String preview,
			FormErrors errors, HttpStatus status) {
		return Rendering.view("practice/form").status(status)
			.modelAttribute("slug", slug)
			.modelAttribute("id", (id != null) ? id : "")
			.modelAttribute("form", form)
			.modelAttribute("preview", (preview != null) ? preview : "")
			.modelAttribute("errors", errors)
			.modelAttribute("saved", false)
			.modelAttribute("published", "PUBLISHED".equals(form.status()));
	}

	private Mono<Void> editor(String slug, ServerWebExchange exchange, OAuth2AuthorizedClient user) {
		return this.tenancy.mine(exchange, user)
			.filter((mine) -> mayEdit(mine.platformOperator(), mine.membership(slug).orElse(null)))
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.FORBIDDEN)))
			.then();
	}

	private static boolean mayEdit(boolean operator, Me.@Nullable Membership membership) {
		return operator || (membership != null && !"VIEWER".equals(membership.role()));
	}

	private static String saved(String slug, String id) {
		return "/collectivites/" + slug + "/bonnes-pratiques/" + id + "/modifier?enregistree";
	}

	private static HttpStatus status(ApiProblem problem) {
		return (problem.status() == 412) ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
	}

}
