package fr.mutualis.portal.practice;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The api's practice documents, as the pages read them (unknown members are ignored, so the api may grow).
 */
final class PracticeJson {

	private PracticeJson() {
	}

	/**
	 * An authority as a practice names it.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param kind REGION, DEPARTEMENT, EPCI, COMMUNE or SYNDICAT
	 * @param regionCode its région code, if known
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Author(String slug, String name, String kind, @Nullable String regionCode) {
	}

	/**
	 * A practice found by a search.
	 *
	 * @param id its id
	 * @param authority the authority that wrote it
	 * @param title its title
	 * @param summary its summary
	 * @param theme its theme
	 * @param tags its tags
	 * @param effort LOW, MEDIUM or HIGH
	 * @param cost LOW, MEDIUM or HIGH
	 * @param impact LOW, MEDIUM or HIGH
	 * @param publishedAt when it was published
	 * @param excerpt the excerpt where the words were found: escaped text with {@code <mark>} elements, or null
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Hit(String id, Author authority, String title, String summary, String theme, List<String> tags,
			String effort, String cost, String impact, @Nullable OffsetDateTime publishedAt, @Nullable String excerpt) {

		/** The excerpt, as HTML that may be shown: only {@code <mark>} markup, else the text escaped again. */
		public @Nullable String safeExcerpt() {
			return Excerpts.safe(this.excerpt);
		}

	}

	/**
	 * A count of practices found for one value of a facet.
	 *
	 * @param value the value (a theme, a kind, a région code)
	 * @param count how many
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Facet(String value, long count) {
	}

	/**
	 * A page of search results.
	 *
	 * @param items the practices of this page
	 * @param nextCursor the next page's cursor, or null
	 * @param total how many practices were found in all
	 * @param facets theme, authorityKind and region counts
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Results(List<Hit> items, @Nullable String nextCursor, long total, Map<String, List<Facet>> facets) {

		Results {
			items = (items != null) ? List.copyOf(items) : List.of();
			facets = (facets != null) ? Map.copyOf(facets) : Map.of();
		}

		public boolean hasNext() {
			return this.nextCursor != null && !this.nextCursor.isBlank();
		}

		public List<Facet> facet(String name) {
			return this.facets.getOrDefault(name, List.of());
		}

	}

	/**
	 * A practice.
	 *
	 * @param id its id
	 * @param authority the authority that wrote it
	 * @param title its title
	 * @param summary its summary
	 * @param body its Markdown
	 * @param bodyHtml its Markdown rendered and sanitised by the api
	 * @param theme its theme
	 * @param tags its tags
	 * @param effort LOW, MEDIUM or HIGH
	 * @param cost LOW, MEDIUM or HIGH
	 * @param impact LOW, MEDIUM or HIGH
	 * @param indicators the codes of the indicators it moves
	 * @param visibility NETWORK or PUBLIC
	 * @param status DRAFT or PUBLISHED
	 * @param authorName who wrote it
	 * @param publishedAt when it was published, if it was
	 * @param endorsements how many authorities endorse it
	 * @param endorsedBy which ones
	 * @param adoptedBy the authorities that adopted it in a plan; null while the api does not say (the plans
	 * module, issue 4, fills it in)
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Practice(String id, Author authority, String title, String summary, String body, String bodyHtml,
			String theme, List<String> tags, String effort, String cost, String impact, List<String> indicators,
			String visibility, String status, @Nullable String authorName, @Nullable OffsetDateTime publishedAt,
			long endorsements, List<Author> endorsedBy, @Nullable List<Author> adoptedBy) {

		Practice {
			tags = (tags != null) ? List.copyOf(tags) : List.of();
			indicators = (indicators != null) ? List.copyOf(indicators) : List.of();
			endorsedBy = (endorsedBy != null) ? List.copyOf(endorsedBy) : List.of();
		}

		public boolean published() {
			return "PUBLISHED".equals(this.status);
		}

		/** Whether the authority {@code slug} endorses it. */
		public boolean endorsedBy(@Nullable String slug) {
			return this.endorsedBy.stream().anyMatch((author) -> author.slug().equals(slug));
		}

	}

	/**
	 * A comment or a question.
	 *
	 * @param id its id
	 * @param authority the authority of its author
	 * @param authorName who wrote it
	 * @param body its text, or null when hidden
	 * @param hidden whether the operator hid it
	 * @param createdAt when it was written
	 * @param reports how many reports it has (for the operator only)
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Comment(String id, Author authority, String authorName, @Nullable String body, boolean hidden,
			OffsetDateTime createdAt, @Nullable Long reports) {
	}

	/**
	 * A plan of the user's authority, to adopt a practice in (plans contract).
	 *
	 * @param id its id
	 * @param title its title
	 * @param status DRAFT, PUBLISHED or ARCHIVED
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Plan(String id, String title, @Nullable String status) {
	}

	/**
	 * The baseline of "new in the network".
	 *
	 * @param since what was published after it is new
	 * @param firstVisit whether this is the user's first visit
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Visit(OffsetDateTime since, boolean firstVisit) {
	}

}
