package fr.mutualis.portal.indicator;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import fr.mutualis.portal.authority.Authority;
import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * An indicator of an authority among its peers: the box plot of the peers' values with the authority's marked, the
 * time series of its values and the peers' median, each with the table of the same figures, and a CSV download.
 */
@Controller
class IndicatorComparisonController {

	static final List<String> PEER_GROUPS = List.of("ALL", "KIND", "REGION", "POPULATION_BAND");

	private static final int YEARS = 10;

	private final MutualisApi api;

	private final IndicatorsApi indicators;

	private final MessageSource messages;

	IndicatorComparisonController(MutualisApi api, IndicatorsApi indicators, MessageSource messages) {
		this.api = api;
		this.indicators = indicators;
		this.messages = messages;
	}

	@GetMapping("/collectivites/{slug}/indicateurs/{code:[A-Z][A-Z0-9_]+}")
	Mono<Rendering> comparison(@PathVariable String slug, @PathVariable String code,
			@RequestParam(name = "annee", required = false) @Nullable Integer year,
			@RequestParam(name = "pairs", required = false) @Nullable String peers, Locale locale,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		String group = group(peers);
		return this.indicators.comparison(slug, code, year, group, user)
			.flatMap((comparison) -> Mono.zip(
					this.api.get(ApiPath.of("/api/v1/authorities/{slug}", slug), Authority.class, user),
					this.indicators.series(slug, code, group, comparison.year() - YEARS + 1, comparison.year(), user))
				.map((found) -> Rendering.view("indicator/comparison")
					.modelAttribute("authority", found.getT1())
					.modelAttribute("comparison", comparison)
					.modelAttribute("indicator", comparison.indicator())
					.modelAttribute("boxPlot", BoxPlot.of(comparison, locale))
					.modelAttribute("series", found.getT2())
					.modelAttribute("chart", SeriesChart.of(found.getT2(), locale))
					.modelAttribute("peerGroups", PEER_GROUPS)
					.modelAttribute("locale", locale)
					.modelAttribute("figures", new Figures(locale))
					.build()));
	}

	@GetMapping("/collectivites/{slug}/indicateurs/{code:[A-Z][A-Z0-9_]+}/comparaison.csv")
	Mono<ResponseEntity<byte[]>> csv(@PathVariable String slug, @PathVariable String code,
			@RequestParam(name = "annee", required = false) @Nullable Integer year,
			@RequestParam(name = "pairs", required = false) @Nullable String peers, Locale locale,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		String group = group(peers);
		return this.indicators.comparison(slug, code, year, group, user)
			.zipWhen((comparison) -> this.indicators.series(slug, code, group, comparison.year() - YEARS + 1,
					comparison.year(), user))
			.map((found) -> ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
					.filename(slug + "-" + code + "-" + found.getT1().year() + ".csv")
					.build()
					.toString())
				.body(ComparisonCsv.of(found.getT1(), found.getT2(), (key) -> this.messages.getMessage(key, null, locale))
					.getBytes(StandardCharsets.UTF_8)));
	}

	private static String group(@Nullable String peers) {
		return (peers != null && Set.copyOf(PEER_GROUPS).contains(peers)) ? peers : "ALL";
	}

}
