package fr.mutualis.portal.questionnaire;

import java.time.LocalDate;
import java.util.Locale;

import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.forms.FormErrors;
import fr.mutualis.portal.shared.forms.ProblemMessages;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import fr.mutualis.portal.shared.tenancy.Tenancy;
import fr.mutualis.portal.shared.web.Dates;
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
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * The campaigns of an authority, with the link each one shares; its administrators open new ones with the form below
 * the list (the api decides: a member who is not an administrator is refused).
 */
@Controller
class CampaignsController {

	private final QuestionnairesApi api;

	private final Tenancy tenancy;

	private final ProblemMessages problems;

	CampaignsController(MutualisApi api, Tenancy tenancy, ProblemMessages problems) {
		this.api = new QuestionnairesApi(api);
		this.tenancy = tenancy;
		this.problems = problems;
	}

	@GetMapping("/collectivites/{slug}/campagnes")
	Mono<Rendering> campaigns(@PathVariable String slug, @RequestParam(required = false) @Nullable String cursor,
			ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return render(slug, cursor, CampaignForm.empty(LocalDate.now(Dates.FRANCE)),
				FormErrors.none(CampaignForm.FIELDS), HttpStatus.OK, exchange, user);
	}

	@PostMapping("/collectivites/{slug}/campagnes")
	Mono<Rendering> create(@PathVariable String slug, @ModelAttribute("campaign") CampaignForm form, Locale locale,
			ServerWebExchange exchange,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		if (!form.problems().isEmpty()) {
			return render(slug, null, form, this.problems.invalid(form.problems(), CampaignForm.FIELDS, locale),
					HttpStatus.BAD_REQUEST, exchange, user);
		}
		return this.api.create(slug, form.body(), user)
			.map((created) -> Rendering.redirectTo(UriComponentsBuilder.fromPath("/collectivites/{slug}/campagnes")
				.query("creee").encode().buildAndExpand(slug).toUriString()).build())
			.onErrorResume(ApiProblem.class, (problem) -> render(slug, null, form,
					this.problems.explain(problem, CampaignForm.FIELDS, locale),
					HttpStatus.valueOf(problem.status()), exchange, user));
	}

	private Mono<Rendering> render(String slug, @Nullable String cursor, CampaignForm form, FormErrors errors,
			HttpStatus status, ServerWebExchange exchange, OAuth2AuthorizedClient user) {
		// The campaigns first: the api's refusal (404 for a non-member) stops the page before anything else.
		return this.api.campaigns(slug, cursor, user)
			.flatMap((campaigns) -> Mono.zip(this.api.authority(slug, user), this.api.banks(user),
					this.tenancy.mine(exchange, user))
				.map((loaded) -> Rendering.view("questionnaire/campaigns")
					.modelAttribute("authority", loaded.getT1())
					.modelAttribute("campaigns", campaigns)
					.modelAttribute("nextPage", campaigns.hasNext() ? UriComponentsBuilder
						.fromPath("/collectivites/{slug}/campagnes").queryParam("cursor", "{cursor}").encode()
						.buildAndExpand(slug, campaigns.nextCursor()).toUriString() : null)
					.modelAttribute("banks", loaded.getT2().items())
					.modelAttribute("mayCreate", loaded.getT3().mayManage(slug))
					.modelAttribute("campaign", form)
					.modelAttribute("errors", errors)
					.modelAttribute("audiences", CampaignForm.AUDIENCES)
					.status(status)
					.build()));
	}

}
