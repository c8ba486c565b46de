package fr.mutualis.portal.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.mutualis.portal.questionnaire.QuestionnaireViews.Correction;
import fr.mutualis.portal.questionnaire.QuestionnaireViews.PublicCampaign;
import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.api.PortalProperties;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * The api's anonymous answer routes ({@code /public/v1/campaigns/...}). Its own client, without the user's token:
 * these pages have no user, and the portal passes on nothing of the browser (no address, no user agent).
 */
class PublicCampaignsApi {

	private static final String CAMPAIGN = "/public/v1/campaigns/{token}";

	private final WebClient client;

	private final PortalProperties properties;

	PublicCampaignsApi(WebClient.Builder builder, PortalProperties properties) {
		this.client = builder.baseUrl(properties.apiBaseUrl().toString()).build();
		this.properties = properties;
	}

	/** The questionnaire behind the link, without its answers; 404 page when there is none. */
	Mono<PublicCampaign> campaign(String token) {
		return this.client.get().uri(CAMPAIGN, token).accept(MediaType.APPLICATION_JSON).retrieve()
			.onStatus((status) -> status.value() == 404 || status.value() == 400, PublicCampaignsApi::notFound)
			.bodyToMono(PublicCampaign.class)
			.timeout(this.properties.apiTimeout());
	}

	/** Sends the answers of this browser; an {@link ApiProblem} when the api refuses them (409, 400). */
	Mono<Correction> answer(String token, String respondent, Map<String, List<String>> chosen) {
		List<Map<String, Object>> answers = chosen.entrySet().stream().map((entry) -> {
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("questionId", entry.getKey());
			answer.put("choiceIds", entry.getValue());
			return answer;
		}).toList();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("respondentToken", respondent);
		body.put("answers", answers);
		return this.client.post().uri(CAMPAIGN + "/responses", token)
			.contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(body)
			.retrieve()
			.onStatus((status) -> status.value() == 404, PublicCampaignsApi::notFound)
			.onStatus((status) -> status.value() == 400 || status.value() == 409, PublicCampaignsApi::problem)
			.bodyToMono(Correction.class)
			.timeout(this.properties.apiTimeout());
	}

	private static Mono<? extends Throwable> notFound(ClientResponse response) {
		return response.releaseBody().onErrorComplete().then(Mono.just(new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	private static Mono<? extends Throwable> problem(ClientResponse response) {
		int status = response.statusCode().value();
		return response.bodyToMono(ApiProblem.Body.class)
			.map((body) -> ApiProblem.of(status, body));
	}

}
