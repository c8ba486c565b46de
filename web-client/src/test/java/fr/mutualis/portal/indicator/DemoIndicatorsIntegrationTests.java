package fr.mutualis.portal.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import fr.mutualis.stack.DemoData;
import fr.mutualis.stack.TestStack;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The demo measurements (DemoIndicators), seeded through the real api: comparisons of the demo authorities show a
 * distribution, Rennes Métropole's series has its gap, its footprint is computed from its inventory, a confidential
 * demo value is in nobody else's figures, and a second run changes nothing.
 */
class DemoIndicatorsIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Test
	void theDemoAuthoritiesHaveValuesToCompare() {
		DemoData demo = new DemoData(TestStack.api(), TestStack.keycloak());
		demo.seed();
		assertThat(demo.seed()).as("a second run changes nothing").isEmpty();

		Map<String, Object> comparison = get("/api/v1/authorities/rennes-metropole/comparisons/ELECTED_TRAINED?year=2025&peers=ALL");
		Map<?, ?> group = (Map<?, ?>) comparison.get("peerGroup");
		assertThat(((Number) group.get("count")).intValue()).isGreaterThanOrEqualTo(20);
		assertThat(group.get("median")).isNotNull();
		assertThat(comparison.get("rank")).isNotNull();

		Map<String, Object> series = get("/api/v1/authorities/rennes-metropole/comparisons/AGENTS_TRAINED/series?from=2022&to=2025");
		List<?> points = (List<?>) series.get("points");
		assertThat(((Map<?, ?>) points.get(1)).get("value")).as("2023 is the demo's gap").isNull();
		assertThat(((Map<?, ?>) points.get(3)).get("peerMedian")).isNotNull();

		Map<String, Object> footprint = get("/api/v1/authorities/rennes-metropole/measurements/EMBODIED_CO2_PER_AGENT/2025");
		assertThat(footprint.get("computed")).isEqualTo(true);

		// Brest's PUE is confidential: Rennes Métropole's figures are those of the others only.
		Map<String, Object> pue = get("/public/v1/indicators/DC_PUE/statistics?year=2025&region=53");
		Map<?, ?> open = (Map<?, ?>) pue.get("statistics");
		Map<?, ?> rennes = (Map<?, ?>) get("/api/v1/authorities/rennes-metropole/comparisons/DC_PUE?year=2025&peers=REGION")
			.get("peerGroup");
		long shared = DemoData.AUTHORITIES.stream()
			.filter((a) -> "53".equals(a.regionCode()) && !a.slug().equals("ville-de-brest"))
			.filter((a) -> !a.kind().equals("COMMUNE") || a.population() >= 100_000)
			.count();
		assertThat(((Number) open.get("count")).longValue()).isEqualTo(shared);
		assertThat(rennes.get("count")).isEqualTo(open.get("count"));
		assertThat(rennes.get("median")).isEqualTo(open.get("median"));
	}

	private static Map<String, Object> get(String path) {
		return WebTestClient.bindToServer()
			.baseUrl(TestStack.api().toString())
			.responseTimeout(Duration.ofSeconds(30))
			.build()
			.get()
			.uri(path)
			.headers((headers) -> headers.setBearerAuth(TestStack.accessToken("editor.rennes")))
			.exchange()
			.expectStatus().isOk()
			.expectBody(JSON).returnResult().getResponseBody();
	}

}
