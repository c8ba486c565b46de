package fr.mutualis.portal.authority;

import java.net.URI;

import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.forms.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page of the authority form ({@code authority/form}), to create an authority or to change
 * one, first shown or sent back with messages.
 *
 * @param authority the authority being changed, or null for a creation
 * @param form what the user typed
 * @param errors what is wrong with it
 * @param current the authority as someone else just changed it, when the change came too late
 */
record AuthorityFormPage(@Nullable Authority authority, AuthorityForm form, FormErrors errors,
		@Nullable Authority current) {

	static final String CREATION_PATH = "/collectivites/nouvelle";

	static AuthorityFormPage creation(AuthorityForm form, FormErrors errors) {
		return new AuthorityFormPage(null, form, errors, null);
	}

	static AuthorityFormPage change(Authority authority, AuthorityForm form, FormErrors errors) {
		return new AuthorityFormPage(authority, form, errors, null);
	}

	/** The change form sent back because someone else changed the authority meanwhile. */
	static AuthorityFormPage staleChange(Authority current, String etag, AuthorityForm form, FormErrors errors) {
		return new AuthorityFormPage(current, form.atVersion(current.ifMatch(etag)), errors, current);
	}

	Rendering render(HttpStatus status) {
		boolean creation = this.authority == null;
		return Rendering.view("authority/form")
			.modelAttribute("creation", creation)
			.modelAttribute("authority", this.authority)
			.modelAttribute("form", this.form)
			.modelAttribute("errors", this.errors)
			.modelAttribute("current", this.current)
			.modelAttribute("action", creation ? CREATION_PATH : changePath(this.authority.slug()))
			.modelAttribute("kinds", Regions.KINDS)
			.modelAttribute("regions", Regions.CODES)
			.status(status)
			.build();
	}

	/** The status of the page that explains the api's problem: a stale change is a conflict. */
	static HttpStatus statusOf(ApiProblem problem) {
		if (problem.status() == 412) {
			return HttpStatus.CONFLICT;
		}
		HttpStatus status = HttpStatus.resolve(problem.status());
		return (status != null) ? status : HttpStatus.BAD_REQUEST;
	}

	static String changePath(String slug) {
		return UriComponentsBuilder.fromPath("/collectivites/{slug}/modifier").buildAndExpand(slug).encode().toUriString();
	}

	/** The profile, with a query parameter that makes it say what just happened. */
	static URI profile(String slug, String notice) {
		return UriComponentsBuilder.fromPath("/collectivites/{slug}").query(notice).buildAndExpand(slug).encode().toUri();
	}

}
