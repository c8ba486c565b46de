package fr.mutualis.portal.questionnaire;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.mutualis.portal.questionnaire.QuestionnaireViews.PublicCampaign;
import fr.mutualis.portal.shared.api.ApiProblem;
import fr.mutualis.portal.shared.api.PortalProperties;

import org.springframework.http.HttpCookie;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The anonymous answer pages: no sign-in. The browser keeps a random token in a cookie of its own, which the api only
 * stores as a hash, so that it answers once; the page asks for nothing else about the person.
 */
@Controller
class AnswerController {

	static final String COOKIE = "mutualis_repondant";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final PublicCampaignsApi api;

	AnswerController(WebClient.Builder webClients, PortalProperties properties) {
		this.api = new PublicCampaignsApi(webClients, properties);
	}

	@GetMapping("/repondre/{token}")
	Mono<Rendering> questionnaire(@PathVariable String token, ServerWebExchange exchange) {
		respondent(exchange);
		return csrf(exchange).then(this.api.campaign(token)).map((campaign) -> page(token, campaign, null, HttpStatus.OK));
	}

	@PostMapping("/repondre/{token}")
	Mono<Rendering> answer(@PathVariable String token, ServerWebExchange exchange) {
		String respondent = respondent(exchange);
		return csrf(exchange).then(exchange.getFormData()).zipWith(this.api.campaign(token)).flatMap((loaded) -> this.api
			.answer(token, respondent, chosen(loaded.getT1(), loaded.getT2()))
			.map((correction) -> Rendering.view("questionnaire/corrected")
				.modelAttribute("campaign", loaded.getT2())
				.modelAttribute("correction", correction)
				.build())
			.onErrorResume(ApiProblem.class, (problem) -> Mono.just(page(token, loaded.getT2(), problem.type(),
					HttpStatus.valueOf(problem.status())))));
	}

	private static Rendering page(String token, PublicCampaign campaign, @org.jspecify.annotations.Nullable String problem,
			HttpStatus status) {
		return Rendering.view("questionnaire/answer")
			.modelAttribute("token", token)
			.modelAttribute("campaign", campaign)
			.modelAttribute("problem", (problem != null) ? problem.replace("urn:mutualis:problem:", "") : null)
			.status(status)
			.build();
	}

	/**
	 * Resolves the CSRF token for the form: the layout does so only for signed-in users, and these pages have none.
	 * The token lives in a session of the portal (its cookie holds nothing else).
	 */
	private static Mono<Void> csrf(ServerWebExchange exchange) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		return (token != null) ? token.doOnNext((found) -> exchange.getAttributes()
			.put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, found)).then() : Mono.empty();
	}

	/** The chosen choices per question, as the form sends them: a field {@code q-<questionId>} per question. */
	private static Map<String, List<String>> chosen(MultiValueMap<String, String> form, PublicCampaign campaign) {
		Map<String, List<String>> chosen = new LinkedHashMap<>();
		campaign.questions().forEach((question) -> {
			List<String> values = form.getOrDefault("q-" + question.id(), List.of());
			if (!values.isEmpty()) {
				chosen.put(question.id(), values);
			}
		});
		return chosen;
	}

	/** This browser's random token, from its cookie, or a new one that the response keeps in the cookie. */
	private static String respondent(ServerWebExchange exchange) {
		HttpCookie cookie = exchange.getRequest().getCookies().getFirst(COOKIE);
		if (cookie != null && cookie.getValue().matches("[A-Za-z0-9_-]{43}")) {
			return cookie.getValue();
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		exchange.getResponse().addCookie(ResponseCookie.from(COOKIE, token).path("/repondre").httpOnly(true)
			.secure("https".equals(exchange.getRequest().getURI().getScheme())).sameSite("Lax")
			.maxAge(Duration.ofDays(400)).build());
		return token;
	}

}
