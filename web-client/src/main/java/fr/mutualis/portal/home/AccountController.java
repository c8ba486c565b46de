package fr.mutualis.portal.home;

import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import fr.mutualis.portal.shared.tenancy.Me;
import fr.mutualis.portal.shared.tenancy.Tenancy;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * "My account": what the api knows of the signed-in user, their authorities and roles. The
 * page always asks the api afresh, and the header then remembers the user's authorities.
 */
@Controller
class AccountController {

	private final MutualisApi api;

	private final Tenancy tenancy;

	AccountController(MutualisApi api, Tenancy tenancy) {
		this.api = api;
		this.tenancy = tenancy;
	}

	@GetMapping("/compte")
	Mono<Rendering> account(@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		return this.api.get("/api/v1/me", Me.class, user)
			.flatMap((me) -> this.tenancy.remember(exchange, me).thenReturn(me))
			.map((me) -> Rendering.view("home/account").modelAttribute("me", me).build());
	}

}
