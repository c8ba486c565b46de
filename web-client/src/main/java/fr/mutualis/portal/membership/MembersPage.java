package fr.mutualis.portal.membership;

import java.util.List;

import fr.mutualis.portal.authority.Authority;
import fr.mutualis.portal.shared.api.ApiPage;
import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.forms.FormErrors;
import fr.mutualis.portal.shared.forms.FormFields;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The members page of an authority ({@code membership/members}): its members, its pending
 * invitations and the invitation form, first shown or sent back with a message. The api decides
 * who may see it: a member who is not an administrator gets the 403 page, someone who is not a
 * member the 404 page. Its controllers each make one: it only holds the api client.
 */
class MembersPage {

	/** The messages of the actions on a member (change of role, removal). */
	static final FormFields MEMBER_ACTIONS = FormFields.of("member");

	/** The messages of the revocation of an invitation. */
	static final FormFields REVOCATION = FormFields.of("revocation");

	private static final ParameterizedTypeReference<ApiPage<Member>> MEMBERS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ApiPage<Invitation>> INVITATIONS = new ParameterizedTypeReference<>() {
	};

	private static final int INVITATIONS_SHOWN = 200;

	/** How many pages of 200 members the confirmation of a removal looks through, at most. */
	private static final int MEMBER_PAGES_SEARCHED = 50;

	private final MutualisApi api;

	MembersPage(MutualisApi api) {
		this.api = api;
	}

	/** The page as first shown (or after an action that succeeded). */
	Mono<Rendering> render(String slug, @Nullable String cursor, OAuth2AuthorizedClient user) {
		return render(slug, cursor, InvitationForm.empty(), FormErrors.none(InvitationForm.FIELDS),
				FormErrors.none(MEMBER_ACTIONS), HttpStatus.OK, user);
	}

	/** The page with the invitation form as the user sent it, and what went wrong. */
	Mono<Rendering> render(String slug, @Nullable String cursor, InvitationForm invitation, FormErrors invitationErrors,
			FormErrors actionErrors, HttpStatus status, OAuth2AuthorizedClient user) {
		// The members first: the api's refusal (403, 404) then stops the page before anything else is asked.
		return this.api.get(members(slug, cursor, null), MEMBERS, user)
			.flatMap((page) -> Mono.zip(Mono.just(page), Mono.zip(
					this.api.get(ApiPath.of("/api/v1/authorities/{slug}", slug), Authority.class, user),
					this.api.get(ApiPath.of("/api/v1/authorities/{slug}/invitations", slug).query("limit", INVITATIONS_SHOWN),
							INVITATIONS, user))))
			.map((loaded) -> Rendering.view("membership/members")
				.modelAttribute("authority", loaded.getT2().getT1())
				.modelAttribute("members", loaded.getT1())
				.modelAttribute("invitations", pending(loaded.getT2().getT2().items()))
				.modelAttribute("nextPage", loaded.getT1().hasNext() ? address(slug, loaded.getT1().nextCursor()) : null)
				.modelAttribute("firstPage", (cursor != null && !cursor.isBlank()) ? address(slug, null) : null)
				.modelAttribute("invitation", invitation)
				.modelAttribute("invitationErrors", invitationErrors)
				.modelAttribute("actionErrors", actionErrors)
				.modelAttribute("roles", InvitationForm.ROLES)
				.status(status)
				.build());
	}

	/** One member, looked up in the whole list (the api has no address for a single member). */
	Mono<Member> member(String slug, String userId, OAuth2AuthorizedClient user) {
		return this.api.get(members(slug, null, 200), MEMBERS, user)
			.expand((page) -> page.hasNext() ? this.api.get(members(slug, page.nextCursor(), 200), MEMBERS, user)
					: Mono.empty())
			.take(MEMBER_PAGES_SEARCHED)
			.flatMapIterable(ApiPage::items)
			.filter((member) -> member.userId().equals(userId))
			.next()
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	/** The address of the members page. */
	static String address(String slug, @Nullable String cursor) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath("/collectivites/{slug}/membres");
		if (cursor != null) {
			address.queryParam("cursor", "{cursor}");
			return address.encode().buildAndExpand(slug, cursor).toUriString();
		}
		return address.encode().buildAndExpand(slug).toUriString();
	}

	/** The address of the members page, with a query parameter that makes it say what just happened. */
	static String addressAfter(String slug, String notice) {
		return UriComponentsBuilder.fromPath("/collectivites/{slug}/membres").query(notice).encode()
			.buildAndExpand(slug).toUriString();
	}

	private static ApiPath members(String slug, @Nullable String cursor, @Nullable Integer limit) {
		return ApiPath.of("/api/v1/authorities/{slug}/members", slug).query("limit", limit).query("cursor", cursor);
	}

	private static List<Invitation> pending(List<Invitation> invitations) {
		return invitations.stream().filter(Invitation::pending).toList();
	}

}
