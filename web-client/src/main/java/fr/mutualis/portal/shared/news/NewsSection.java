package fr.mutualis.portal.shared.news;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.core.Ordered;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import reactor.core.publisher.Mono;

/**
 * One section of "new in the network since your last visit": what a feature has that is new since a date (newly
 * published practices, plans, lots offered nearby). A feature adds a bean; the page shows the sections by
 * {@link #getOrder()}, each with its heading and a link to see everything.
 */
public interface NewsSection extends Ordered {

	/** The message key of the section's heading, e.g. {@code practices.news.heading}. */
	String headingKey();

	/** The message key of the sentence shown when nothing is new. */
	String emptyKey();

	/** Where to see everything of this kind. */
	String moreHref();

	/** The message key of the link to {@link #moreHref()}. */
	String moreKey();

	/** What is new since {@code since}, newest first, at most a few. */
	Mono<List<NewsItem>> since(OffsetDateTime since, OAuth2AuthorizedClient user);

	/**
	 * One new thing.
	 *
	 * @param title what it is called
	 * @param href where to read it
	 * @param source who published it (an authority's name)
	 * @param at when
	 */
	record NewsItem(String title, String href, String source, OffsetDateTime at) {
	}

}
