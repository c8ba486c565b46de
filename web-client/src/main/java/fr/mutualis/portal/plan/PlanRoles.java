package fr.mutualis.portal.plan;

import fr.mutualis.portal.shared.tenancy.Me;
import fr.mutualis.portal.shared.tenancy.MyAuthorities;
import fr.mutualis.portal.shared.tenancy.Tenancy;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Which plan forms the portal offers: editors and administrators of an authority (and the operator) write its plans.
 * The api still decides every request; this only avoids offering what it would refuse.
 */
class PlanRoles {

	private final Tenancy tenancy;

	PlanRoles(Tenancy tenancy) {
		this.tenancy = tenancy;
	}

	Mono<Boolean> mayEdit(String slug, ServerWebExchange exchange, OAuth2AuthorizedClient user) {
		return this.tenancy.mine(exchange, user).map((mine) -> mayEdit(mine, slug)).onErrorReturn(false);
	}

	Mono<Void> requireEditor(String slug, ServerWebExchange exchange, OAuth2AuthorizedClient user) {
		return mayEdit(slug, exchange, user).filter(Boolean::booleanValue)
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.FORBIDDEN)))
			.then();
	}

	/** The authorities whose plans the user writes (where an adoption may go). */
	Mono<java.util.List<Me.Membership>> editorOf(ServerWebExchange exchange, OAuth2AuthorizedClient user) {
		return this.tenancy.mine(exchange, user)
			.map((mine) -> mine.memberships().stream().filter((membership) -> mayEdit(mine, membership.authority()))
				.toList());
	}

	static boolean mayEdit(MyAuthorities mine, String slug) {
		return mine.platformOperator() || mine.membership(slug)
			.map((membership) -> "EDITOR".equals(membership.role()) || membership.isAdmin())
			.orElse(false);
	}

}
