package fr.mutualis.portal.authority;

import fr.mutualis.portal.shared.api.ApiPage;
import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * The directory of authorities: search by name, filter by kind and région, one page at a time.
 * <p>
 * The search form is a plain GET form. With JavaScript, htmx sends it as the user types and
 * swaps the results only: the portal then answers with the results fragment alone.
 */
@Controller
class AuthorityDirectoryController {

	private static final ParameterizedTypeReference<ApiPage<Authority>> PAGE = new ParameterizedTypeReference<>() {
	};

	private final MutualisApi api;

	AuthorityDirectoryController(MutualisApi api) {
		this.api = api;
	}

	@GetMapping("/collectivites")
	Mono<Rendering> directory(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		DirectoryFilters filters = new DirectoryFilters(q, kind, region, cursor);
		ApiPath path = ApiPath.of("/api/v1/authorities")
			.query("q", q)
			.query("kind", kind)
			.query("region", region)
			.query("cursor", cursor);
		boolean resultsOnly = "true".equals(htmx) && !"true".equals(historyRestore);
		return this.api.get(path, PAGE, user)
			.map((page) -> Rendering.view(resultsOnly ? "authority/directory :: results" : "authority/directory")
				.modelAttribute("filters", filters)
				.modelAttribute("page", page)
				.modelAttribute("resultsOnly", resultsOnly)
				.header(HttpHeaders.VARY, "HX-Request")
				.build());
	}

}
