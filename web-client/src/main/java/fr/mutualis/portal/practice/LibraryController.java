package fr.mutualis.portal.practice;

import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import org.jspecify.annotations.Nullable;

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
 * The library of best practices: a French full-text search, facets (theme, kind of authority, région) as links, and
 * pages. A plain GET form; with JavaScript, htmx swaps the results only.
 */
@Controller
class LibraryController {

	private final PracticesApi practices;

	LibraryController(MutualisApi api) {
		this.practices = new PracticesApi(api);
	}

	@GetMapping(LibraryFilters.LIBRARY)
	Mono<Rendering> library(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String theme,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String tag,
			@RequestParam(required = false) @Nullable String cursor,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			@RequestHeader(name = "HX-History-Restore-Request", required = false) @Nullable String historyRestore,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		LibraryFilters filters = new LibraryFilters(q, theme, kind, region, tag, cursor);
		boolean resultsOnly = "true".equals(htmx) && !"true".equals(historyRestore);
		return this.practices.search(filters, null, user)
			.map((results) -> Rendering.view(resultsOnly ? "practice/library :: results" : "practice/library")
				.modelAttribute("filters", filters)
				.modelAttribute("results", results)
				.modelAttribute("resultsOnly", resultsOnly)
				.header(HttpHeaders.VARY, "HX-Request")
				.build());
	}

}
