package fr.mutualis.portal.reuse;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.authority.Authority;
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
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * An authority's equipment lots: the list with the declaration form, a lot with its timeline and the moves an editor
 * makes (offer, collection, cancellation: each a small form, no JavaScript needed), and the printable transfer
 * agreement once a partner holds the lot.
 */
@Controller
class LotsController {

	static final Set<String> ACTIONS = Set.of("offer", "collection", "cancellation");

	private static final String LOTS = "/collectivites/{slug}/lots";

	private final ReuseApi api;

	private final MutualisApi shared;

	private final ProblemMessages problems;

	LotsController(ReuseApi api, MutualisApi shared, ProblemMessages problems) {
		this.api = api;
		this.shared = shared;
		this.problems = problems;
	}

	@GetMapping(LOTS)
	Mono<Rendering> lots(@PathVariable String slug, @RequestParam(required = false) @Nullable String statut,
			@RequestParam(required = false) @Nullable String cursor,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return page(slug, statut, cursor, LotForm.empty(), FormErrors.none(LotForm.FIELDS), HttpStatus.OK, user);
	}

	@PostMapping(LOTS)
	Mono<Rendering> declare(@PathVariable String slug, @ModelAttribute LotForm form, Locale locale,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		Map<String, String> wrongNumbers = form.wrongNumbers();
		if (!wrongNumbers.isEmpty()) {
			return page(slug, null, null, form, this.problems.invalid(wrongNumbers, LotForm.FIELDS, locale),
					HttpStatus.BAD_REQUEST, user);
		}
		return this.api.declare(slug, form.body(), user)
			.map((created) -> Rendering.redirectTo("/collectivites/" + slug + "/lots/" + created.body().id()).build())
			.onErrorResume(ApiProblem.class, (problem) -> page(slug, null, null, form,
					this.problems.explain(problem, LotForm.FIELDS, locale), HttpStatus.BAD_REQUEST, user));
	}

	@GetMapping(LOTS + "/{lotId}")
	Mono<Rendering> lot(@PathVariable String slug, @PathVariable String lotId,
			@RequestParam(required = false) @Nullable String conflit,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.api.lot(slug, lotId, user)
			.zipWith(authority(slug, user))
			.flatMap((loaded) -> suggestions(slug, loaded.getT1().lot(), user)
				.map((services) -> Rendering.view("reuse/lot")
					.modelAttribute("details", loaded.getT1())
					.modelAttribute("lot", loaded.getT1().lot())
					.modelAttribute("authority", loaded.getT2())
					.modelAttribute("services", services.items())
					.modelAttribute("conflict", conflit != null)
					.build()));
	}

	@PostMapping(LOTS + "/{lotId}/attribution")
	Mono<Rendering> assign(@PathVariable String slug, @PathVariable String lotId,
			@ModelAttribute AssignmentForm form,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		String address = "/collectivites/" + slug + "/lots/" + lotId;
		if (form.serviceId() == null || form.serviceId().isBlank()) {
			return Mono.just(Rendering.redirectTo(address + "?conflit=1").build());
		}
		return this.api.assign(slug, lotId, form.serviceId(), user)
			.map((assigned) -> Rendering.redirectTo(address).build())
			.onErrorResume(ApiProblem.class, (problem) -> Mono.just(Rendering.redirectTo(address + "?conflit=1")
				.build()));
	}

	/** Suggested STANDARD services, only for an offered lot meant for internal redeployment. */
	private Mono<ReuseApi.Services> suggestions(String slug, Lot lot, OAuth2AuthorizedClient user) {
		if (!lot.status().equals("OFFERED") || !lot.destination().equals("INTERNAL_REDEPLOYMENT")) {
			return Mono.just(new ReuseApi.Services(List.of()));
		}
		return this.api.suggestions(slug, lot.id(), user);
	}

	/**
	 * The service chosen for an internal redeployment.
	 *
	 * @param serviceId its id
	 */
	record AssignmentForm(@Nullable String serviceId) {
	}

	@PostMapping(LOTS + "/{lotId}/{action}")
	Mono<Rendering> move(@PathVariable String slug, @PathVariable String lotId, @PathVariable String action,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		if (!ACTIONS.contains(action)) {
			return Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		String address = "/collectivites/" + slug + "/lots/" + lotId;
		return this.api.move(slug, lotId, action, user)
			.map((moved) -> Rendering.redirectTo(address).build())
			.onErrorResume(ApiProblem.class, (problem) -> Mono.just(Rendering.redirectTo(address + "?conflit=1")
				.build()));
	}

	@GetMapping(LOTS + "/{lotId}/convention")
	Mono<Rendering> agreement(@PathVariable String slug, @PathVariable String lotId,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.api.lot(slug, lotId, user)
			.filter((details) -> details.lot().hasAgreement())
			.switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)))
			.flatMap((details) -> this.api.partner(details.lot().partnerId(), user)
				.zipWith(authority(slug, user))
				.map((loaded) -> Rendering.view("reuse/agreement")
					.modelAttribute("lot", details.lot())
					.modelAttribute("partner", loaded.getT1().partner())
					.modelAttribute("authority", loaded.getT2())
					.build()));
	}

	private Mono<Rendering> page(String slug, @Nullable String status, @Nullable String cursor, LotForm form,
			FormErrors errors, HttpStatus httpStatus, OAuth2AuthorizedClient user) {
		return this.api.lots(slug, status, cursor, user)
			.zipWith(authority(slug, user))
			.map((loaded) -> Rendering.view("reuse/lots")
				.status(httpStatus)
				.modelAttribute("lots", loaded.getT1())
				.modelAttribute("authority", loaded.getT2())
				.modelAttribute("form", form)
				.modelAttribute("errors", errors)
				.modelAttribute("categories", PartnersController.CATEGORIES)
				.modelAttribute("conditions", List.of("WORKING", "NEEDS_REPAIR", "FOR_PARTS"))
				.modelAttribute("destinations", List.of("EXTERNAL_REUSE", "INTERNAL_REDEPLOYMENT", "RECYCLING"))
				.modelAttribute("nextPage", loaded.getT1().hasNext()
						? "/collectivites/" + slug + "/lots?cursor=" + loaded.getT1().nextCursor() : null)
				.build());
	}

	private Mono<Authority> authority(String slug, OAuth2AuthorizedClient user) {
		return this.shared.get(ApiPath.of("/api/v1/authorities/{slug}", slug), Authority.class, user);
	}

}
