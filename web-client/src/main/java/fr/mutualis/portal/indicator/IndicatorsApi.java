package fr.mutualis.portal.indicator;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.mutualis.portal.shared.api.ApiPage;
import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.api.Versioned;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** The api's indicator endpoints, as the portal's indicator pages call them (through {@link MutualisApi}). */
@Component
class IndicatorsApi {

	private static final ParameterizedTypeReference<ApiPage<Indicator>> INDICATORS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ApiPage<Measurement>> MEASUREMENTS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ApiPage<FootprintFactor>> FACTORS = new ParameterizedTypeReference<>() {
	};

	private final MutualisApi api;

	IndicatorsApi(MutualisApi api) {
		this.api = api;
	}

	/** The catalogue and the authority's own indicators. */
	Mono<List<Indicator>> indicators(String slug, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/authorities/{slug}/indicators", slug), INDICATORS, user)
			.map(ApiPage::items);
	}

	/** Every measurement of the authority (up to 200 a page, all pages). */
	Mono<List<Measurement>> measurements(String slug, @Nullable String code, OAuth2AuthorizedClient user) {
		return page(slug, code, null, user).expand((page) -> page.hasNext() ? page(slug, code, page.nextCursor(), user)
				: Mono.empty()).flatMapIterable(ApiPage::items).collectList();
	}

	private Mono<ApiPage<Measurement>> page(String slug, @Nullable String code, @Nullable String cursor,
			OAuth2AuthorizedClient user) {
		ApiPath path = ApiPath.of("/api/v1/authorities/{slug}/measurements", slug).query("indicator", code)
			.query("limit", 200).query("cursor", cursor);
		return this.api.get(path, MEASUREMENTS, user);
	}

	/** One measurement with its version, or empty when there is none yet. */
	Mono<Optional<Versioned<Measurement>>> measurement(String slug, String code, int year,
			OAuth2AuthorizedClient user) {
		return this.api.getVersioned(measurementPath(slug, code, year), Measurement.class, user)
			.map(Optional::of)
			.onErrorResume(ResponseStatusException.class, (refused) -> refused.getStatusCode() == HttpStatus.NOT_FOUND
					? Mono.just(Optional.empty()) : Mono.error(refused));
	}

	/** Enters a value (an idempotent upsert: the last value sent is kept). */
	Mono<Versioned<Measurement>> putMeasurement(String slug, String code, int year, Map<String, Object> body,
			OAuth2AuthorizedClient user) {
		return this.api.put(measurementPath(slug, code, year), body, Measurement.class, user);
	}

	Mono<Comparison> comparison(String slug, String code, @Nullable Integer year, String peers,
			OAuth2AuthorizedClient user) {
		ApiPath path = ApiPath.of("/api/v1/authorities/{slug}/comparisons/{code}", slug, code).query("year", year)
			.query("peers", peers);
		return this.api.get(path, Comparison.class, user);
	}

	Mono<Series> series(String slug, String code, String peers, int from, int to, OAuth2AuthorizedClient user) {
		ApiPath path = ApiPath.of("/api/v1/authorities/{slug}/comparisons/{code}/series", slug, code)
			.query("peers", peers).query("from", from).query("to", to);
		return this.api.get(path, Series.class, user);
	}

	/** The inventory of a year, or an empty one. */
	Mono<Inventory> inventory(String slug, int year, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/authorities/{slug}/inventories/{year}", slug, year), Inventory.class, user)
			.onErrorResume(ResponseStatusException.class, (refused) -> refused.getStatusCode() == HttpStatus.NOT_FOUND
					? Mono.just(Inventory.empty(year)) : Mono.error(refused));
	}

	Mono<Versioned<Inventory>> putInventory(String slug, int year, Map<String, Integer> units,
			OAuth2AuthorizedClient user) {
		return this.api.put(ApiPath.of("/api/v1/authorities/{slug}/inventories/{year}", slug, year),
				Map.of("units", units), Inventory.class, user);
	}

	Mono<List<FootprintFactor>> factors(OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/footprint-factors"), FACTORS, user).map(ApiPage::items);
	}

	private static ApiPath measurementPath(String slug, String code, int year) {
		return ApiPath.of("/api/v1/authorities/{slug}/measurements/{code}/{year}", slug, code, year);
	}

}
