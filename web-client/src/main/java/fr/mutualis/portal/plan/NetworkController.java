package fr.mutualis.portal.plan;

import fr.mutualis.portal.shared.api.MutualisApi;
import org.springframework.web.reactive.function.client.WebClient;
import java.util.List;

import fr.mutualis.portal.shared.security.SecurityConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/** The network view: every published plan, filtered by theme, kind of authority and région, a page at a time. */
@Controller
class NetworkController {

	static final List<String> KINDS = List.of("REGION", "DEPARTEMENT", "EPCI", "COMMUNE", "SYNDICAT");

	static final List<String> REGIONS = List.of("84", "27", "53", "24", "94", "44", "32", "11", "28", "75", "76", "52",
			"93", "01", "02", "03", "04", "06");

	private final PlansApi plans;

	NetworkController(MutualisApi api, WebClient apiWebClient) {
		this.plans = new PlansApi(api, apiWebClient);
	}

	@GetMapping("/plans")
	Mono<Rendering> network(@RequestParam(required = false) @Nullable String theme,
			@RequestParam(required = false) @Nullable String kind,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String cursor,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		NetworkFilters filters = new NetworkFilters(known(theme, PlanView.THEMES), known(kind, KINDS),
				known(region, REGIONS), cursor);
		return this.plans.network(filters, user)
			.map((page) -> Rendering.view("plan/network")
				.modelAttribute("page", page)
				.modelAttribute("filters", filters)
				.modelAttribute("next", page.hasNext() ? next(filters, page.nextCursor()) : null)
				.modelAttribute("themes", PlanView.THEMES)
				.modelAttribute("kinds", KINDS)
				.modelAttribute("regions", REGIONS)
				.build());
	}

	private static @Nullable String known(@Nullable String value, List<String> values) {
		return (value != null && values.contains(value)) ? value : null;
	}

	private static String next(NetworkFilters filters, @Nullable String cursor) {
		UriComponentsBuilder next = UriComponentsBuilder.fromPath("/plans");
		if (filters.theme() != null) {
			next.queryParam("theme", filters.theme());
		}
		if (filters.kind() != null) {
			next.queryParam("kind", filters.kind());
		}
		if (filters.region() != null) {
			next.queryParam("region", filters.region());
		}
		return next.queryParam("cursor", cursor).encode().build().toUriString();
	}

}
