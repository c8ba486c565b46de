package fr.mutualis.portal.plan;

import static org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction.oauth2AuthorizedClient;

import java.util.List;
import java.util.Map;

import fr.mutualis.portal.shared.api.ApiPage;
import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.api.Versioned;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** The api's action plans, as the portal's pages call them (always as the signed-in user). */
class PlansApi {

	static final String PLANS = "/api/v1/authorities/{slug}/plans";

	static final String PLAN = PLANS + "/{planId}";

	static final String ACTIONS = PLAN + "/actions";

	static final String ACTION = ACTIONS + "/{actionId}";

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private static final ParameterizedTypeReference<ApiPage<Plan>> PLAN_PAGE = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ApiPage<PlanAction>> ACTION_PAGE = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<List<ActionChange>> HISTORY = new ParameterizedTypeReference<>() {
	};

	private final MutualisApi api;

	private final WebClient webClient;

	PlansApi(MutualisApi api, WebClient apiWebClient) {
		this.api = api;
		this.webClient = apiWebClient;
	}

	Mono<ApiPage<Plan>> plans(String slug, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of(PLANS, slug).query("limit", 200), PLAN_PAGE, user);
	}

	Mono<Versioned<Plan>> plan(String slug, String planId, OAuth2AuthorizedClient user) {
		return this.api.getVersioned(ApiPath.of(PLAN, slug, planId), Plan.class, user);
	}

	Mono<List<PlanAction>> actions(String slug, String planId, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of(ACTIONS, slug, planId).query("limit", 200), ACTION_PAGE, user)
			.map(ApiPage::items);
	}

	Mono<Versioned<PlanAction>> action(String slug, String planId, String actionId, OAuth2AuthorizedClient user) {
		return this.api.getVersioned(ApiPath.of(ACTION, slug, planId, actionId), PlanAction.class, user);
	}

	Mono<List<ActionChange>> history(String slug, String planId, String actionId, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of(ACTION + "/history", slug, planId, actionId), HISTORY, user);
	}

	Mono<ReenCoverage> coverage(String slug, String planId, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of(PLAN + "/reen-coverage", slug, planId), ReenCoverage.class, user);
	}

	Mono<ApiPage<Plan>> network(NetworkFilters filters, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/plans").query("theme", filters.theme()).query("kind", filters.kind())
			.query("region", filters.region()).query("cursor", filters.cursor()), PLAN_PAGE, user);
	}

	Mono<Versioned<Plan>> createPlan(String slug, Map<String, Object> plan, OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of(PLANS, slug), plan, Plan.class, user);
	}

	Mono<Versioned<Plan>> publish(String slug, String planId, String visibility, OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of(PLAN + "/publication", slug, planId), Map.of("visibility", visibility),
				Plan.class, user);
	}

	Mono<Versioned<PlanAction>> createAction(String slug, String planId, Map<String, @Nullable Object> action,
			OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of(ACTIONS, slug, planId), action, PlanAction.class, user);
	}

	Mono<Versioned<PlanAction>> changeAction(String slug, String planId, String actionId,
			Map<String, @Nullable Object> changes, String version, OAuth2AuthorizedClient user) {
		return this.api.patch(ApiPath.of(ACTION, slug, planId, actionId), changes, version, PlanAction.class, user);
	}

	Mono<Versioned<PlanAction>> adopt(String slug, String planId, String sourceActionId, OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of(PLAN + "/adoptions", slug, planId), Map.of("sourceActionId", sourceActionId),
				PlanAction.class, user);
	}

	/** The plan's actions as CSV, as the api writes them. */
	Mono<String> exportCsv(String slug, String planId, OAuth2AuthorizedClient user) {
		return csvCall(this.webClient.get().uri(PLAN, slug, planId).accept(CSV), user).bodyToMono(String.class);
	}

	Mono<CsvPreview> preview(String slug, String csv, OAuth2AuthorizedClient user) {
		return csvCall(this.webClient.post().uri(PLANS + "/import-preview", slug).contentType(CSV)
			.accept(MediaType.APPLICATION_JSON).bodyValue(csv), user).bodyToMono(CsvPreview.class);
	}

	Mono<Plan> importPlan(String slug, String title, int startYear, int endYear, String csv,
			OAuth2AuthorizedClient user) {
		return csvCall(this.webClient.post()
			.uri((builder) -> builder.path(PLANS).queryParam("title", "{title}").queryParam("startYear", startYear)
				.queryParam("endYear", endYear).build(slug, title))
			.contentType(CSV).accept(MediaType.APPLICATION_JSON).bodyValue(csv), user).bodyToMono(Plan.class);
	}

	private static WebClient.ResponseSpec csvCall(WebClient.RequestHeadersSpec<?> request, OAuth2AuthorizedClient user) {
		return request.attributes(oauth2AuthorizedClient(user)).retrieve()
			.onStatus((status) -> status.isError(), (response) -> response.releaseBody().onErrorComplete()
				.then(Mono.just(new ResponseStatusException(response.statusCode().value() == 403 ? HttpStatus.FORBIDDEN
						: response.statusCode().value() == 404 ? HttpStatus.NOT_FOUND : HttpStatus.BAD_GATEWAY))));
	}


}
