package fr.mutualis.portal.practice;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.shared.news.NewsSection;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The practices published in the network since the user's last visit. */
@Component
class PracticeNews implements NewsSection {

	private static final LibraryFilters NEWEST = new LibraryFilters(null, null, null, null, null, null);

	private final PracticesApi practices;

	PracticeNews(MutualisApi api) {
		this.practices = new PracticesApi(api);
	}

	@Override
	public String headingKey() {
		return "practices.news.heading";
	}

	@Override
	public String emptyKey() {
		return "practices.news.empty";
	}

	@Override
	public String moreKey() {
		return "practices.news.more";
	}

	@Override
	public String moreHref() {
		return LibraryFilters.LIBRARY;
	}

	@Override
	public Mono<List<NewsItem>> since(OffsetDateTime since, OAuth2AuthorizedClient user) {
		return this.practices.search(NEWEST, since, user)
			.map((results) -> results.items().stream()
				.map((hit) -> new NewsItem(hit.title(), LibraryFilters.LIBRARY + "/" + hit.id(), hit.authority().name(),
						Objects.requireNonNullElse(hit.publishedAt(), since)))
				.toList());
	}

	@Override
	public int getOrder() {
		return 10;
	}

}
