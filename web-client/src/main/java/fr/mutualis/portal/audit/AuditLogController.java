package fr.mutualis.portal.audit;

import fr.mutualis.portal.authority.Authority;
import fr.mutualis.portal.shared.api.ApiPage;
import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The audit log of an authority, newest first, for its administrators and the platform
 * operator (the api decides: 403 or 404 pages for anyone else).
 */
@Controller
class AuditLogController {

	private static final ParameterizedTypeReference<ApiPage<AuditEntry>> PAGE = new ParameterizedTypeReference<>() {
	};

	private final MutualisApi api;

	AuditLogController(MutualisApi api) {
		this.api = api;
	}

	@GetMapping("/collectivites/{slug}/journal")
	Mono<Rendering> auditLog(@PathVariable String slug, @RequestParam(required = false) @Nullable String cursor,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/authorities/{slug}/audit", slug).query("cursor", cursor), PAGE, user)
			.zipWhen((entries) -> this.api.get(ApiPath.of("/api/v1/authorities/{slug}", slug), Authority.class, user))
			.map((loaded) -> Rendering.view("audit/log")
				.modelAttribute("entries", loaded.getT1())
				.modelAttribute("authority", loaded.getT2())
				.modelAttribute("nextPage", loaded.getT1().hasNext() ? address(slug, loaded.getT1().nextCursor()) : null)
				.modelAttribute("firstPage", (cursor != null && !cursor.isBlank()) ? address(slug, null) : null)
				.build());
	}

	private static String address(String slug, @Nullable String cursor) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath("/collectivites/{slug}/journal");
		if (cursor == null) {
			return address.encode().buildAndExpand(slug).toUriString();
		}
		return address.queryParam("cursor", "{cursor}").encode().buildAndExpand(slug, cursor).toUriString();
	}

}
