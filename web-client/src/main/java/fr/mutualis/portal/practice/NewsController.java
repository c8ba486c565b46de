package fr.mutualis.portal.practice;

import java.util.List;

import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.news.NewsSection;
import fr.mutualis.portal.shared.security.SecurityConfiguration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * "New in the network since your last visit": records the visit on the api (kept per person on the server), then asks
 * every {@link NewsSection} what is new since the previous visit.
 */
@Controller
class NewsController {

	private final PracticesApi practices;

	private final List<NewsSection> sections;

	NewsController(MutualisApi api, ObjectProvider<NewsSection> sections) {
		this.practices = new PracticesApi(api);
		this.sections = sections.orderedStream().toList();
	}

	@GetMapping("/nouveautes")
	Mono<Rendering> news(@RegisteredOAuth2AuthorizedClient(SecurityConfiguration.KEYCLOAK) OAuth2AuthorizedClient user) {
		return this.practices.visit(user)
			.flatMap((visit) -> Flux.fromIterable(this.sections)
				.concatMap((section) -> section.since(visit.since(), user).map((items) -> new Shown(section, items)))
				.collectList()
				.map((shown) -> Rendering.view("practice/news")
					.modelAttribute("visit", visit)
					.modelAttribute("sections", shown)
					.build()));
	}

	/**
	 * A section and what it has that is new.
	 *
	 * @param section the section
	 * @param items what is new
	 */
	record Shown(NewsSection section, List<NewsSection.NewsItem> items) {
	}

}
