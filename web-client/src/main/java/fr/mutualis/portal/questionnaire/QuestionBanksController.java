package fr.mutualis.portal.questionnaire;

import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.security.SecurityConfiguration;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/** The shared question banks, for every signed-in user: what a campaign can ask, with answers and sources. */
@Controller
class QuestionBanksController {

	private final QuestionnairesApi api;

	QuestionBanksController(MutualisApi api) {
		this.api = new QuestionnairesApi(api);
	}

	@GetMapping("/questionnaires")
	Mono<Rendering> banks(@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.api.banks(user)
			.map((banks) -> Rendering.view("questionnaire/banks").modelAttribute("banks", banks.items()).build());
	}

	@GetMapping("/questionnaires/{id}")
	Mono<Rendering> bank(@PathVariable String id,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.api.bank(id, user)
			.map((bank) -> Rendering.view("questionnaire/bank").modelAttribute("bank", bank).build());
	}

}
