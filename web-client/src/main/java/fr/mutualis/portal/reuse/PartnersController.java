package fr.mutualis.portal.reuse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.forms.FormErrors;
import fr.mutualis.portal.shared.forms.FormFields;
import fr.mutualis.portal.shared.forms.ProblemMessages;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import fr.mutualis.portal.shared.tenancy.Navigation;
import fr.mutualis.portal.shared.tenancy.Tenancy;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The partner directory (search by département, service, category), a partner's profile with the authorities'
 * reviews, and the review of the user's current authority (one per authority; sending it again replaces it).
 */
@Controller
class PartnersController {

	static final List<String> SERVICES = List.of("COLLECTION", "DATA_ERASURE", "REFURBISHMENT", "RESALE", "DONATION",
			"RECYCLING");

	static final List<String> CATEGORIES = List.of("LAPTOP", "DESKTOP", "MONITOR", "SMARTPHONE", "TABLET", "PRINTER",
			"SERVER", "NETWORK", "OTHER");

	static final FormFields REVIEW = FormFields.of("reuse.review", "rating", "comment");

	private final ReuseApi api;

	private final Tenancy tenancy;

	private final ProblemMessages problems;

	PartnersController(ReuseApi api, Tenancy tenancy, ProblemMessages problems) {
		this.api = api;
		this.tenancy = tenancy;
		this.problems = problems;
	}

	@GetMapping("/partenaires")
	Mono<Rendering> directory(@ModelAttribute("filters") PartnerFilters filters,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.api.partners(filters, user)
			.map((page) -> Rendering.view("reuse/partners")
				.modelAttribute("partners", page)
				.modelAttribute("filters", filters)
				.modelAttribute("services", SERVICES)
				.modelAttribute("categories", CATEGORIES)
				.modelAttribute("nextPage", page.hasNext() ? next(filters, page.nextCursor()) : null)
				.build());
	}

	@GetMapping("/partenaires/{id}")
	Mono<Rendering> profile(@PathVariable String id, ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return render(id, new ReviewForm(null, null), FormErrors.none(REVIEW), HttpStatus.OK, exchange, user);
	}

	@PostMapping("/partenaires/{id}/avis")
	Mono<Rendering> review(@PathVariable String id, @ModelAttribute ReviewForm form, Locale locale,
			ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.tenancy.navigation(exchange, user).flatMap((navigation) -> {
			String slug = current(navigation);
			if (slug == null) {
				return render(id, form, FormErrors.none(REVIEW), HttpStatus.FORBIDDEN, exchange, user);
			}
			Map<String, @Nullable Object> body = new HashMap<>();
			body.put("rating", form.rating());
			body.put("comment", form.comment());
			return this.api.review(slug, id, body, user)
				.map((saved) -> Rendering.redirectTo("/partenaires/" + id + "?avis=enregistre").build())
				.onErrorResume(ApiProblem.class, (problem) -> render(id, form,
						this.problems.explain(problem, REVIEW, locale), HttpStatus.BAD_REQUEST, exchange, user));
		});
	}

	private Mono<Rendering> render(String id, ReviewForm form, FormErrors errors, HttpStatus status,
			ServerWebExchange exchange, OAuth2AuthorizedClient user) {
		return this.api.partner(id, user)
			.zipWith(this.tenancy.navigation(exchange, user))
			.map((loaded) -> Rendering.view("reuse/partner")
				.status(status)
				.modelAttribute("profile", loaded.getT1())
				.modelAttribute("reviewer", current(loaded.getT2()))
				.modelAttribute("form", form)
				.modelAttribute("errors", errors)
				.modelAttribute("saved", exchange.getRequest().getQueryParams().containsKey("avis"))
				.build());
	}

	private static @Nullable String current(Navigation navigation) {
		return (navigation.current() != null) ? navigation.current().authority() : null;
	}

	private static String next(PartnerFilters filters, @Nullable String cursor) {
		return UriComponentsBuilder.fromPath("/partenaires")
			.queryParamIfPresent("departement", java.util.Optional.ofNullable(filters.departement()))
			.queryParamIfPresent("service", java.util.Optional.ofNullable(filters.service()))
			.queryParamIfPresent("categorie", java.util.Optional.ofNullable(filters.categorie()))
			.queryParam("cursor", cursor)
			.encode()
			.toUriString();
	}

	/**
	 * A review as the form sends it.
	 *
	 * @param rating 1 to 5
	 * @param comment free text
	 */
	record ReviewForm(@Nullable Integer rating, @Nullable String comment) {
	}

}
