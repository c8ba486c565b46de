package fr.mutualis.portal.questionnaire;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.mutualis.portal.questionnaire.QuestionnaireViews.Results;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.security.SecurityConfiguration;
import fr.mutualis.portal.shared.web.Dates;

import org.springframework.context.MessageSource;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * The results of a campaign for the authority's members: from 5 answers, the score per theme and the comparison with
 * the authority's earlier campaigns and the network median, each as an SVG chart beside its data table.
 */
@Controller
class ResultsController {

	private final QuestionnairesApi api;

	private final MessageSource messages;

	ResultsController(MutualisApi api, MessageSource messages) {
		this.api = new QuestionnairesApi(api);
		this.messages = messages;
	}

	@GetMapping("/collectivites/{slug}/campagnes/{id}/resultats")
	Mono<Rendering> results(@PathVariable String slug, @PathVariable String id, Locale locale,
			@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.api.results(slug, id, user)
			.zipWith(this.api.authority(slug, user))
			.map((loaded) -> Rendering.view("questionnaire/results")
				.modelAttribute("authority", loaded.getT2())
				.modelAttribute("results", loaded.getT1())
				.modelAttribute("themeChart", themes(loaded.getT1()))
				.modelAttribute("comparisonChart", comparison(loaded.getT1(), locale))
				.build());
	}

	private static BarChart themes(Results results) {
		return BarChart.of(results.themes().stream()
			.map((theme) -> new BarChart.Line(theme.theme(), theme.score(), false))
			.toList());
	}

	/** This campaign, the earlier ones (oldest first) and the network median. */
	private BarChart comparison(Results results, Locale locale) {
		List<BarChart.Line> lines = new ArrayList<>();
		results.previousCampaigns().reversed().forEach((past) -> lines.add(new BarChart.Line(
				this.messages.getMessage("questionnaires.results.closedOn", new Object[] {
						past.closedInFrance().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) },
						locale),
				past.score(), false)));
		lines.add(new BarChart.Line(this.messages.getMessage("questionnaires.results.thisCampaign", null, locale),
				results.score(), true));
		if (results.network() != null && results.network().median() != null) {
			lines.add(new BarChart.Line(this.messages.getMessage("questionnaires.results.networkMedian", null, locale),
					results.network().median(), false));
		}
		return BarChart.of(lines);
	}

}
