package fr.mutualis.portal.membership;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import fr.mutualis.portal.authority.Authority;
import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.forms.FormErrors;
import fr.mutualis.portal.shared.forms.ProblemMessages;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * The members of an authority, for its administrators and the platform operator: the list,
 * a change of role, and a removal after a confirmation page (no JavaScript needed). The api
 * refuses to remove or demote the last administrator (409), which the page explains.
 */
@Controller
class MembersController {

	private static final String MEMBER = "/collectivites/{slug}/membres/{userId}";

	private final MutualisApi api;

	private final MembersPage page;

	private final ProblemMessages problems;

	MembersController(MutualisApi api, ProblemMessages problems) {
		this.api = api;
		this.page = new MembersPage(api);
		this.problems = problems;
	}

	@GetMapping("/collectivites/{slug}/membres")
	Mono<Rendering> members(@PathVariable String slug, @RequestParam(required = false) @Nullable String cursor,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.page.render(slug, cursor, user);
	}

	@PostMapping(MEMBER + "/role")
	Mono<Rendering> changeRole(@PathVariable String slug, @PathVariable String userId,
			@ModelAttribute RoleForm form, Locale locale,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		Map<String, @Nullable Object> body = new HashMap<>();
		body.put("role", form.role());
		return this.api.put(member(slug, userId), body, Object.class, user)
			.map((changed) -> Rendering.redirectTo(MembersPage.addressAfter(slug, "role-modifie")).build())
			.onErrorResume(ApiProblem.class, (problem) -> explain(slug, problem, locale, user));
	}

	@GetMapping(MEMBER + "/retirer")
	Mono<Rendering> confirmRemoval(@PathVariable String slug, @PathVariable String userId,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.page.member(slug, userId, user)
			.zipWhen((member) -> this.api.get(ApiPath.of("/api/v1/authorities/{slug}", slug), Authority.class, user))
			.map((found) -> Rendering.view("membership/remove")
				.modelAttribute("member", found.getT1())
				.modelAttribute("authority", found.getT2())
				.build());
	}

	@PostMapping(MEMBER + "/retirer")
	Mono<Rendering> remove(@PathVariable String slug, @PathVariable String userId, Locale locale,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.api.delete(member(slug, userId), user)
			.then(Mono.fromSupplier(() -> Rendering.redirectTo(MembersPage.addressAfter(slug, "retire")).build()))
			.onErrorResume(ApiProblem.class, (problem) -> explain(slug, problem, locale, user));
	}

	private Mono<Rendering> explain(String slug, ApiProblem problem, Locale locale, OAuth2AuthorizedClient user) {
		FormErrors errors = this.problems.explain(problem, MembersPage.MEMBER_ACTIONS, locale);
		return this.page.render(slug, null, InvitationForm.empty(), FormErrors.none(InvitationForm.FIELDS), errors,
				Statuses.of(problem), user);
	}

	/**
	 * The form of a change of role (WebFlux binds form fields to a model attribute, not to request parameters).
	 *
	 * @param role the new role
	 */
	record RoleForm(@Nullable String role) {
	}

	private static ApiPath member(String slug, String userId) {
		return ApiPath.of("/api/v1/authorities/{slug}/members/{userId}", slug, userId);
	}

}
