package fr.mutualis.portal.indicator;

import java.util.List;
import java.util.Locale;

import fr.mutualis.portal.authority.Authority;
import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.forms.FormErrors;
import fr.mutualis.portal.shared.forms.ProblemMessages;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The form to enter the value of an indicator for a year (editors): filled with the current value when there is one,
 * sent back with its version so that it never overwrites someone else's change unknowingly.
 */
@Controller
class MeasurementFormController {

	private static final String FORM = "/collectivites/{slug}/indicateurs/saisie";

	private final MutualisApi api;

	private final IndicatorsApi indicators;

	private final ProblemMessages problems;

	MeasurementFormController(MutualisApi api, IndicatorsApi indicators, ProblemMessages problems) {
		this.api = api;
		this.indicators = indicators;
		this.problems = problems;
	}

	@GetMapping(FORM)
	Mono<Rendering> form(@PathVariable String slug, @RequestParam(name = "indicateur", required = false) @Nullable String code,
			@RequestParam(name = "annee", required = false) @Nullable Integer year,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		MeasurementForm empty = MeasurementForm.empty(code, year);
		Mono<MeasurementForm> form = (code == null || year == null) ? Mono.just(empty)
				: this.indicators.measurement(slug, code, year, user)
					.map((found) -> found.map((m) -> MeasurementForm.of(m.body())).orElse(empty));
		return form.flatMap((filled) -> page(slug, filled, FormErrors.none(MeasurementForm.FIELDS), user));
	}

	@PostMapping(FORM)
	Mono<Rendering> save(@PathVariable String slug, @ModelAttribute MeasurementForm form, Locale locale,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		if (!form.problems().isEmpty()) {
			return page(slug, form, this.problems.invalid(form.problems(), MeasurementForm.FIELDS, locale), user)
				.map(MeasurementFormController::badRequest);
		}
		int year = form.yearValue();
		return this.indicators.putMeasurement(slug, form.indicator(), year, form.body(), user)
			.map((saved) -> Rendering.redirectTo(UriComponentsBuilder.fromPath("/collectivites/{slug}/indicateurs/{code}")
				.queryParam("annee", year)
				.queryParam("enregistre")
				.buildAndExpand(slug, form.indicator())
				.toUriString()).build())
			.onErrorResume(ApiProblem.class, (problem) -> page(slug, form,
					this.problems.explain(problem, MeasurementForm.FIELDS, locale), user)
				.map(MeasurementFormController::badRequest));
	}

	private Mono<Rendering> page(String slug, MeasurementForm form, FormErrors errors, OAuth2AuthorizedClient user) {
		return Mono.zip(this.api.get(ApiPath.of("/api/v1/authorities/{slug}", slug), Authority.class, user),
				this.indicators.indicators(slug, user))
			.map((found) -> Rendering.view("indicator/measurement")
				.modelAttribute("authority", found.getT1())
				.modelAttribute("indicators", found.getT2())
				.modelAttribute("selected", selected(found.getT2(), form.indicator()))
				.modelAttribute("form", form)
				.modelAttribute("errors", errors)
				.build());
	}

	private static @Nullable Indicator selected(List<Indicator> all, @Nullable String code) {
		return all.stream().filter((indicator) -> indicator.code().equals(code)).findFirst().orElse(null);
	}

	private static Rendering badRequest(Rendering page) {
		return Rendering.view("indicator/measurement").model(page.modelAttributes()).status(HttpStatus.BAD_REQUEST).build();
	}

}
