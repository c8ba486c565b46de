package fr.mutualis.portal.membership;

import java.util.Locale;

import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.forms.FormErrors;
import fr.mutualis.portal.shared.forms.ProblemMessages;
import fr.mutualis.portal.shared.security.SecurityConfiguration;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * Invitations to join an authority: sending one (Keycloak mails it) and revoking one that was
 * not answered yet.
 */
@Controller
class InvitationsController {

	private final MutualisApi api;

	private final MembersPage page;

	private final ProblemMessages problems;

	InvitationsController(MutualisApi api, ProblemMessages problems) {
		this.api = api;
		this.page = new MembersPage(api);
		this.problems = problems;
	}

	@PostMapping("/collectivites/{slug}/invitations")
	Mono<Rendering> invite(@PathVariable String slug, @ModelAttribute("invitation") InvitationForm invitation,
			Locale locale, @RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of("/api/v1/authorities/{slug}/members", slug), invitation.body(),
				Invitation.class, user)
			.map((sent) -> Rendering.redirectTo(MembersPage.addressAfter(slug, "invitation")).build())
			.onErrorResume(ApiProblem.class, (problem) -> this.page.render(slug, null, invitation,
					this.problems.explain(problem, InvitationForm.FIELDS, locale), FormErrors.none(MembersPage.MEMBER_ACTIONS),
					Statuses.of(problem), user));
	}

	@PostMapping("/collectivites/{slug}/invitations/{id}/revoquer")
	Mono<Rendering> revoke(@PathVariable String slug, @PathVariable String id, Locale locale,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.api.delete(ApiPath.of("/api/v1/authorities/{slug}/invitations/{id}", slug, id), user)
			.then(Mono.fromSupplier(() -> Rendering.redirectTo(MembersPage.addressAfter(slug, "revoquee")).build()))
			.onErrorResume(ApiProblem.class, (problem) -> this.page.render(slug, null, InvitationForm.empty(),
					FormErrors.none(InvitationForm.FIELDS), this.problems.explain(problem, MembersPage.REVOCATION, locale),
					Statuses.of(problem), user));
	}

}
