package fr.mutualis.portal.practice;

import java.util.Locale;

import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.forms.FormErrors;
import fr.mutualis.portal.shared.forms.ProblemMessages;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
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
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A practice's page, and what an agent does there for their current authority: endorse it (or withdraw), comment or
 * ask a question, report a comment; and what the operator does: hide a comment or show it again. Plain forms, each
 * followed by a redirect to the page.
 */
@Controller
class PracticePageController {

	private static final String PRACTICE = LibraryFilters.LIBRARY + "/{id}";

	private final PracticesApi practices;

	private final PracticePage page;

	private final ProblemMessages problems;

	PracticePageController(MutualisApi api, Tenancy tenancy, ProblemMessages problems) {
		this.practices = new PracticesApi(api);
		this.page = new PracticePage(this.practices, tenancy);
		this.problems = problems;
	}

	@GetMapping(PRACTICE)
	Mono<Rendering> practice(@PathVariable String id, ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		String done = exchange.getRequest().getQueryParams().keySet().stream().findFirst().orElse(null);
		return this.page.render(id, done, null, FormErrors.none(PracticePage.COMMENT), HttpStatus.OK, exchange, user);
	}

	@PostMapping(PRACTICE + "/soutien")
	Mono<Rendering> endorse(@PathVariable String id, ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.page.acting(exchange, user)
			.flatMap((authority) -> this.practices.endorse(id, authority, user))
			.then(Mono.fromSupplier(() -> redirect(id, "soutenue")));
	}

	@PostMapping(PRACTICE + "/soutien/retrait")
	Mono<Rendering> withdraw(@PathVariable String id, ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.page.acting(exchange, user)
			.flatMap((authority) -> this.practices.withdraw(id, authority, user))
			.then(Mono.fromSupplier(() -> redirect(id, "soutien-retire")));
	}

	@PostMapping(PRACTICE + "/commentaires")
	Mono<Rendering> comment(@PathVariable String id, @ModelAttribute CommentForm form, Locale locale,
			ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		String body = (form.body() != null) ? form.body().strip() : "";
		return this.page.acting(exchange, user)
			.flatMap((authority) -> this.practices.comment(id, authority, body, user))
			.then(Mono.fromSupplier(() -> redirect(id, "commentee")))
			.onErrorResume(ApiProblem.class, (problem) -> this.page.render(id, null, body,
					this.problems.explain(problem, PracticePage.COMMENT, locale), HttpStatus.BAD_REQUEST, exchange,
					user));
	}

	@PostMapping(PRACTICE + "/commentaires/{commentId}/signalement")
	Mono<Rendering> report(@PathVariable String id, @PathVariable String commentId, @ModelAttribute ReportForm form,
			ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		String reason = (form.reason() != null && !form.reason().isBlank()) ? form.reason().strip() : "-";
		return this.page.acting(exchange, user)
			.flatMap((authority) -> this.practices.report(id, commentId, authority, reason, user))
			.then(Mono.fromSupplier(() -> redirect(id, "signale")));
	}

	@PostMapping(PRACTICE + "/commentaires/{commentId}/moderation")
	Mono<Rendering> moderate(@PathVariable String id, @PathVariable String commentId,
			@ModelAttribute ModerationForm form,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		boolean hide = "true".equals(form.hidden());
		return this.practices.moderate(id, commentId, hide, user)
			.then(Mono.fromSupplier(() -> redirect(id, hide ? "masque" : "affiche")));
	}

	private static Rendering redirect(String id, String done) {
		return Rendering.redirectTo(PracticePage.address(id, done)).build();
	}

	/** @param body the comment or question */
	record CommentForm(@Nullable String body) {
	}

	/** @param reason why the comment is reported */
	record ReportForm(@Nullable String reason) {
	}

	/** @param hidden {@code true} to hide, {@code false} to show again */
	record ModerationForm(@Nullable String hidden) {
	}

}
