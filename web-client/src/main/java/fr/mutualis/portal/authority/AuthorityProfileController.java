package fr.mutualis.portal.authority;

import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import fr.mutualis.portal.shared.tenancy.Tenancy;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The profile of an authority, which every signed-in user may read; its administrators and the
 * platform operator also find the links to change it, to its members and to its audit log.
 */
@Controller
class AuthorityProfileController {

	private final MutualisApi api;

	private final Tenancy tenancy;

	AuthorityProfileController(MutualisApi api, Tenancy tenancy) {
		this.api = api;
		this.tenancy = tenancy;
	}

	@GetMapping("/collectivites/{slug}")
	Mono<Rendering> profile(@PathVariable String slug,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		Mono<Boolean> mayManage = this.tenancy.mine(exchange, user)
			.map((mine) -> mine.mayManage(slug))
			.onErrorReturn(false);
		return this.api.get(path(slug), Authority.class, user)
			.flatMap((authority) -> Mono.zip(parentOf(authority, user), mayManage)
				.map((both) -> Rendering.view("authority/profile")
					.modelAttribute("authority", authority)
					.modelAttribute("parent", both.getT1())
					.modelAttribute("mayManage", both.getT2())
					.build()));
	}

	/** The authority it belongs to, named if the api can tell (else by its slug), or none. */
	private Mono<ParentLink> parentOf(Authority authority, OAuth2AuthorizedClient user) {
		String parent = authority.parent();
		if (parent == null) {
			return Mono.just(ParentLink.NONE);
		}
		return this.api.get(path(parent), Authority.class, user)
			.map((found) -> new ParentLink(parent, found.name()))
			.onErrorReturn(new ParentLink(parent, parent));
	}

	static ApiPath path(String slug) {
		return ApiPath.of("/api/v1/authorities/{slug}", slug);
	}

	/**
	 * A link to the authority an authority belongs to.
	 *
	 * @param slug its slug, empty when there is none
	 * @param name its name
	 */
	record ParentLink(String slug, String name) {

		static final ParentLink NONE = new ParentLink("", "");

		public boolean exists() {
			return !this.slug.isEmpty();
		}

	}

}
