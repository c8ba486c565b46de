package fr.mutualis.portal.plan;

import java.time.OffsetDateTime;
import java.util.List;

import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.news.NewsSection;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/** The action plans published in the network since the user's last visit (newest first, at most five). */
@Component
class PlanNews implements NewsSection {

	private static final int SHOWN = 5;

	private static final NetworkFilters NEWEST = new NetworkFilters(null, null, null, null);

	private final PlansApi plans;

	PlanNews(MutualisApi api, WebClient apiWebClient) {
		this.plans = new PlansApi(api, apiWebClient);
	}

	@Override
	public String headingKey() {
		return "plans.news.heading";
	}

	@Override
	public String emptyKey() {
		return "plans.news.empty";
	}

	@Override
	public String moreKey() {
		return "plans.news.more";
	}

	@Override
	public String moreHref() {
		return "/plans";
	}

	@Override
	public Mono<List<NewsItem>> since(OffsetDateTime since, OAuth2AuthorizedClient user) {
		return this.plans.network(NEWEST, user)
			.map((page) -> page.items().stream()
				.filter((plan) -> plan.publishedAt() != null && plan.publishedAt().isAfter(since))
				.limit(SHOWN)
				.map((plan) -> new NewsItem(plan.title(),
						"/collectivites/" + plan.authority().slug() + "/plans/" + plan.id(), plan.authority().name(),
						plan.publishedAt()))
				.toList());
	}

	@Override
	public int getOrder() {
		return 5;
	}

}
