package fr.mutualis.portal.shared.tenancy;

import java.net.URI;

import fr.mutualis.portal.shared.security.SecurityConfiguration;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The authority switcher of the header: a small GET form (it changes only what the user's own
 * session shows, nothing in the api) that makes one of the user's authorities the current one,
 * then opens its profile.
 */
@Controller
class AuthoritySwitchController {

	static final String PATH = "/collectivite-courante";

	private final Tenancy tenancy;

	AuthoritySwitchController(Tenancy tenancy) {
		this.tenancy = tenancy;
	}

	@GetMapping(PATH)
	Mono<String> switchTo(@RequestParam("collectivite") String slug,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		return this.tenancy.switchTo(exchange, user, slug).map((member) -> {
			if (!member) {
				throw new ResponseStatusException(HttpStatus.NOT_FOUND);
			}
			URI profile = UriComponentsBuilder.fromPath("/collectivites/{slug}").buildAndExpand(slug).encode().toUri();
			return "redirect:" + profile;
		});
	}

}
