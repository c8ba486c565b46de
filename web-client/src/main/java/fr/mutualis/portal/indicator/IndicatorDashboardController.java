package fr.mutualis.portal.indicator;

import java.util.List;
import java.util.Locale;

import fr.mutualis.portal.authority.Authority;
import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.ApiUnavailable;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.security.SecurityConfiguration;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The indicator dashboard of an authority: for each indicator, the latest value, its trend since the year before,
 * and the position among all peers; then the indicators without a value yet.
 */
@Controller
class IndicatorDashboardController {

	private final MutualisApi api;

	private final IndicatorsApi indicators;

	IndicatorDashboardController(MutualisApi api, IndicatorsApi indicators) {
		this.api = api;
		this.indicators = indicators;
	}

	@GetMapping("/collectivites/{slug}/indicateurs")
	Mono<Rendering> dashboard(@PathVariable String slug, Locale locale,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return Mono.zip(this.api.get(ApiPath.of("/api/v1/authorities/{slug}", slug), Authority.class, user),
				this.indicators.indicators(slug, user), this.indicators.measurements(slug, null, user))
			.flatMap((found) -> rows(slug, found.getT2(), found.getT3(), user)
				.map((rows) -> Rendering.view("indicator/dashboard")
					.modelAttribute("authority", found.getT1())
					.modelAttribute("measured", rows.stream().filter((row) -> row.latest() != null).toList())
					.modelAttribute("missing", rows.stream().filter((row) -> row.latest() == null).toList())
					.modelAttribute("locale", locale)
					.modelAttribute("figures", new Figures(locale))
					.build()));
	}

	/** The rows, with the position among all peers of each compared indicator that has a value. */
	private Mono<List<DashboardRow>> rows(String slug, List<Indicator> all, List<Measurement> measurements,
			OAuth2AuthorizedClient user) {
		return Flux.fromIterable(all)
			.map((indicator) -> DashboardRow.of(indicator, measurements))
			.flatMapSequential((row) -> (row.latest() == null || row.indicator().custom()) ? Mono.just(row)
					: this.indicators.comparison(slug, row.indicator().code(), row.latest().year(), "ALL", user)
						.map(row::with)
						.onErrorResume(ApiUnavailable.class, (failed) -> Mono.just(row)), 4)
			.collectList();
	}

}
