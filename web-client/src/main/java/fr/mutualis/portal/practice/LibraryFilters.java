package fr.mutualis.portal.practice;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the library is searched and filtered on, as the search form sent it.
 *
 * @param q the words searched
 * @param theme a theme
 * @param kind a kind of authority
 * @param region a région code
 * @param tag a tag
 * @param cursor where the page starts
 */
record LibraryFilters(@Nullable String q, @Nullable String theme, @Nullable String kind, @Nullable String region,
		@Nullable String tag, @Nullable String cursor) {

	/** The themes, shared with action plans. */
	static final List<String> THEMES = List.of("STRATEGY_GOVERNANCE", "MEASUREMENT", "PROCUREMENT",
			"EQUIPMENT_REDUCTION", "USAGE", "ECO_DESIGN", "DATA_CENTRES_HOSTING", "TRAINING_AWARENESS", "END_OF_LIFE",
			"DIGITAL_INCLUSION", "DATA_ETHICS");

	static final String LIBRARY = "/bonnes-pratiques";

	public List<String> themes() {
		return THEMES;
	}

	public boolean paged() {
		return StringUtils.hasText(this.cursor);
	}

	/** Whether any filter or word narrows the search. */
	public boolean narrowed() {
		return StringUtils.hasText(this.q) || StringUtils.hasText(this.theme) || StringUtils.hasText(this.kind)
				|| StringUtils.hasText(this.region) || StringUtils.hasText(this.tag);
	}

	public String firstPage() {
		return address(this.theme, this.kind, this.region, null);
	}

	public String page(@Nullable String nextCursor) {
		return address(this.theme, this.kind, this.region, nextCursor);
	}

	/** The same search narrowed to (or, when already chosen, widened from) one value of a facet. */
	public String toggle(String facet, String value) {
		return switch (facet) {
			case "theme" -> address(value.equals(this.theme) ? null : value, this.kind, this.region, null);
			case "authorityKind" -> address(this.theme, value.equals(this.kind) ? null : value, this.region, null);
			default -> address(this.theme, this.kind, value.equals(this.region) ? null : value, null);
		};
	}

	/** Whether the facet's value is the chosen one. */
	public boolean chosen(String facet, String value) {
		return switch (facet) {
			case "theme" -> value.equals(this.theme);
			case "authorityKind" -> value.equals(this.kind);
			default -> value.equals(this.region);
		};
	}

	private String address(@Nullable String theme, @Nullable String kind, @Nullable String region,
			@Nullable String cursor) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath(LIBRARY);
		add(address, "q", this.q);
		add(address, "theme", theme);
		add(address, "kind", kind);
		add(address, "region", region);
		add(address, "tag", this.tag);
		add(address, "cursor", cursor);
		return address.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder address, String name, @Nullable String value) {
		if (StringUtils.hasText(value)) {
			address.queryParam(name, value.strip());
		}
	}

}
