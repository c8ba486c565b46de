package fr.mutualis.portal.practice;

import fr.mutualis.portal.practice.PracticeJson.Practice;
import fr.mutualis.portal.shared.forms.FormErrors;
import fr.mutualis.portal.shared.forms.FormFields;
import fr.mutualis.portal.shared.tenancy.Me;
import fr.mutualis.portal.shared.tenancy.Navigation;
import fr.mutualis.portal.shared.tenancy.Tenancy;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * A practice's page as the network reads it: the practice, who endorses (and adopted) it, its comments, and what the
 * user may do for their current authority (endorse, comment, report, adopt) or as the operator (hide a comment).
 */
class PracticePage {

	static final FormFields COMMENT = FormFields.of("practices.comment", "body");

	private final PracticesApi practices;

	private final Tenancy tenancy;

	PracticePage(PracticesApi practices, Tenancy tenancy) {
		this.practices = practices;
		this.tenancy = tenancy;
	}

	Mono<Rendering> render(String id, @Nullable String done, @Nullable String draft, FormErrors errors,
			HttpStatus status, ServerWebExchange exchange, OAuth2AuthorizedClient user) {
		return Mono.zip(this.practices.published(id, user), this.practices.comments(id, null, user),
				this.tenancy.navigation(exchange, user))
			.map((found) -> {
				Me.Membership current = found.getT3().current();
				Practice practice = found.getT1();
				return Rendering.view("practice/practice")
					.status(status)
					.modelAttribute("practice", practice)
					.modelAttribute("comments", found.getT2())
					.modelAttribute("acting", current)
					.modelAttribute("own", current != null && current.authority().equals(practice.authority().slug()))
					.modelAttribute("operator", found.getT3().platformOperator())
					.modelAttribute("done", (done != null) ? done : "")
					.modelAttribute("draft", (draft != null) ? draft : "")
					.modelAttribute("errors", errors)
					.build();
			});
	}

	/** The authority the user acts for: their current one; none means the page offers no action. */
	Mono<String> acting(ServerWebExchange exchange, OAuth2AuthorizedClient user) {
		return this.tenancy.navigation(exchange, user)
			.mapNotNull(Navigation::current)
			.map(Me.Membership::authority)
			.switchIfEmpty(Mono.error(() -> new org.springframework.web.server.ResponseStatusException(
					HttpStatus.FORBIDDEN)));
	}

	static String address(String id, String done) {
		return LibraryFilters.LIBRARY + "/" + id + "?" + done;
	}

}
