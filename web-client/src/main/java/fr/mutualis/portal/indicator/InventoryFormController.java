package fr.mutualis.portal.indicator;

import java.time.Year;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import fr.mutualis.portal.authority.Authority;
import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.forms.FormErrors;
import fr.mutualis.portal.shared.forms.FormFields;
import fr.mutualis.portal.shared.forms.ProblemMessages;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The device inventory of a year (editors): a count per category, with the footprint factors that turn it into the
 * amortised manufacturing footprint (EMBODIED_CO2_PER_AGENT), each with its source and licence note.
 */
@Controller
class InventoryFormController {

	static final FormFields FIELDS = FormFields.of("indicators.inventory",
			java.util.stream.Stream.concat(java.util.stream.Stream.of("year"), Inventory.CATEGORIES.stream())
				.toArray(String[]::new))
		.alias("units", "LAPTOP");

	private static final String FORM = "/collectivites/{slug}/indicateurs/inventaire";

	private final MutualisApi api;

	private final IndicatorsApi indicators;

	private final ProblemMessages problems;

	InventoryFormController(MutualisApi api, IndicatorsApi indicators, ProblemMessages problems) {
		this.api = api;
		this.indicators = indicators;
		this.problems = problems;
	}

	@GetMapping(FORM)
	Mono<Rendering> form(@PathVariable String slug, @RequestParam(name = "annee", required = false) @Nullable Integer year,
			Locale locale, @RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		int shown = (year != null) ? year : Year.now().getValue() - 1;
		return this.indicators.inventory(slug, shown, user)
			.flatMap((inventory) -> page(slug, shown, counts(inventory), FormErrors.none(FIELDS), locale, user));
	}

	@PostMapping(FORM)
	Mono<Rendering> save(@PathVariable String slug, ServerWebExchange exchange, Locale locale,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return exchange.getFormData().flatMap((data) -> save(slug, data, locale, user));
	}

	private Mono<Rendering> save(String slug, MultiValueMap<String, String> data, Locale locale,
			OAuth2AuthorizedClient user) {
		Map<String, String> typed = new LinkedHashMap<>();
		Inventory.CATEGORIES.forEach((category) -> typed.put(category, value(data, category)));
		Integer year = parse(value(data, "year"));
		Map<String, String> wrong = new LinkedHashMap<>();
		if (year == null) {
			wrong.put("year", "indicators.inventory.invalid.year");
		}
		Map<String, Integer> units = new LinkedHashMap<>();
		typed.forEach((category, text) -> {
			Integer count = text.isBlank() ? Integer.valueOf(0) : parse(text);
			if (count == null || count < 0) {
				wrong.put(category, "indicators.inventory.invalid.count");
			}
			else if (count > 0) {
				units.put(category, count);
			}
		});
		int shown = (year != null) ? year : Year.now().getValue() - 1;
		if (!wrong.isEmpty()) {
			return page(slug, shown, typed, this.problems.invalid(wrong, FIELDS, locale), locale, user).map(InventoryFormController::badRequest);
		}
		return this.indicators.putInventory(slug, shown, units, user)
			.map((saved) -> Rendering.redirectTo("/collectivites/" + slug + "/indicateurs/inventaire?annee=" + shown + "&enregistre").build())
			.onErrorResume(ApiProblem.class, (problem) -> page(slug, shown, typed,
					this.problems.explain(problem, FIELDS, locale), locale, user).map(InventoryFormController::badRequest));
	}

	private Mono<Rendering> page(String slug, int year, Map<String, String> counts, FormErrors errors, Locale locale,
			OAuth2AuthorizedClient user) {
		return Mono.zip(this.api.get(ApiPath.of("/api/v1/authorities/{slug}", slug), Authority.class, user),
				this.indicators.factors(user))
			.map((found) -> Rendering.view("indicator/inventory")
				.modelAttribute("authority", found.getT1())
				.modelAttribute("factors", found.getT2())
				.modelAttribute("year", year)
				.modelAttribute("categories", Inventory.CATEGORIES)
				.modelAttribute("counts", counts)
				.modelAttribute("errors", errors)
				.modelAttribute("figures", new Figures(locale))
				.build());
	}

	private static Map<String, String> counts(Inventory inventory) {
		Map<String, String> counts = new LinkedHashMap<>();
		Inventory.CATEGORIES.forEach((category) -> counts.put(category,
				String.valueOf(inventory.units().getOrDefault(category, 0))));
		return counts;
	}

	private static String value(MultiValueMap<String, String> data, String name) {
		String value = data.getFirst(name);
		return (value != null) ? value.strip() : "";
	}

	private static @Nullable Integer parse(String text) {
		try {
			return Integer.valueOf(text.replace(" ", "").replace('\u00a0', ' ').strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Rendering badRequest(Rendering page) {
		return Rendering.view("indicator/inventory").model(page.modelAttributes()).status(HttpStatus.BAD_REQUEST).build();
	}

}
