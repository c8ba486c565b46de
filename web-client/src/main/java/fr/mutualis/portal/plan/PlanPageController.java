package fr.mutualis.portal.plan;

import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.tenancy.Tenancy;
import org.springframework.web.reactive.function.client.WebClient;
import java.util.List;

import fr.mutualis.portal.shared.security.SecurityConfiguration;
import fr.mutualis.portal.shared.tenancy.Me;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * A plan's page: its actions by theme with their progress, filters, the REEN checklist, publication, CSV export,
 * the printable view, and (for a plan of another authority) adoption of its actions.
 */
@Controller
class PlanPageController {

	static final String PATH = "/collectivites/{slug}/plans/{planId}";

	private final PlansApi plans;

	private final PlanRoles roles;

	PlanPageController(MutualisApi api, WebClient apiWebClient, Tenancy tenancy) {
		this.plans = new PlansApi(api, apiWebClient);
		this.roles = new PlanRoles(tenancy);
	}

	@GetMapping(PATH)
	Mono<Rendering> page(@PathVariable String slug, @PathVariable String planId,
			@RequestParam(required = false) @Nullable String theme,
			@RequestParam(required = false) @Nullable String status,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		return Mono.zip(this.plans.plan(slug, planId, user), this.plans.actions(slug, planId, user),
				this.plans.coverage(slug, planId, user), this.roles.mayEdit(slug, exchange, user),
				adoptionTargets(slug, user, exchange))
			.map((all) -> Rendering.view("plan/plan")
				.modelAttribute("plan", all.getT1().body())
				.modelAttribute("version", all.getT1().etag())
				.modelAttribute("view", PlanView.of(all.getT2(), theme, status))
				.modelAttribute("coverage", all.getT3())
				.modelAttribute("mayEdit", all.getT4())
				.modelAttribute("targets", all.getT5())
				.modelAttribute("themes", PlanView.THEMES)
				.modelAttribute("statuses", PlanView.STATUSES)
				.modelAttribute("theme", (theme != null) ? theme : "")
				.modelAttribute("status", (status != null) ? status : "")
				.build());
	}

	@GetMapping(PATH + "/impression")
	Mono<Rendering> print(@PathVariable String slug, @PathVariable String planId,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return Mono.zip(this.plans.plan(slug, planId, user), this.plans.actions(slug, planId, user),
				this.plans.coverage(slug, planId, user))
			.map((all) -> Rendering.view("plan/print")
				.modelAttribute("plan", all.getT1().body())
				.modelAttribute("view", PlanView.of(all.getT2(), null, null))
				.modelAttribute("coverage", all.getT3())
				.build());
	}

	@GetMapping(path = PATH + "/export.csv")
	@ResponseBody
	Mono<ResponseEntity<String>> export(@PathVariable String slug, @PathVariable String planId,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.plans.exportCsv(slug, planId, user)
			.map((csv) -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plan-" + planId + ".csv\"")
				.body(csv));
	}

	@PostMapping(PATH + "/publication")
	Mono<Rendering> publish(@PathVariable String slug, @PathVariable String planId,
			@ModelAttribute PublishForm form,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		String chosen = "PUBLIC".equals(form.visibility()) ? "PUBLIC" : "NETWORK";
		return this.roles.requireEditor(slug, exchange, user)
			.then(this.plans.publish(slug, planId, chosen, user))
			.thenReturn(Rendering.redirectTo(path(slug, planId) + "?publie").build());
	}

	/** The authorities (other than the plan's) into whose plans the user may adopt an action, with their plans. */
	private Mono<List<AdoptionTarget>> adoptionTargets(String slug, OAuth2AuthorizedClient user,
			ServerWebExchange exchange) {
		return this.roles.editorOf(exchange, user)
			.flatMapMany(reactor.core.publisher.Flux::fromIterable)
			.filter((membership) -> !membership.authority().equals(slug))
			.concatMap((membership) -> this.plans.plans(membership.authority(), user)
				.map((page) -> new AdoptionTarget(membership, page.items())))
			.filter((target) -> !target.plans().isEmpty())
			.collectList()
			.onErrorReturn(List.of());
	}

	static String path(String slug, String planId) {
		return UriComponentsBuilder.fromPath(PATH).buildAndExpand(slug, planId).encode().toUriString();
	}

	/**
	 * The publication form.
	 *
	 * @param visibility {@code NETWORK} or {@code PUBLIC}
	 */
	record PublishForm(@Nullable String visibility) {
	}

	/**
	 * An authority of the user and its plans, where an adopted action may go.
	 *
	 * @param authority the membership
	 * @param plans its plans
	 */
	record AdoptionTarget(Me.Membership authority, List<Plan> plans) {
	}

}
