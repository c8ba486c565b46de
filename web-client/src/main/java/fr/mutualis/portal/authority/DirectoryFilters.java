package fr.mutualis.portal.authority;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the directory is filtered on, as the search form sent it ({@code ?q=&kind=&region=&cursor=}).
 *
 * @param q a part of the name or slug
 * @param kind a kind of authority
 * @param region a région code
 * @param cursor where the page starts, as the api's previous page said
 */
record DirectoryFilters(@Nullable String q, @Nullable String kind, @Nullable String region, @Nullable String cursor) {

	/** The kinds the form offers. */
	public List<String> kinds() {
		return Regions.KINDS;
	}

	/** The régions the form offers. */
	public List<String> regions() {
		return Regions.CODES;
	}

	/** Whether this page is not the first one. */
	public boolean paged() {
		return StringUtils.hasText(this.cursor);
	}

	/** The address of the first page of the same search. */
	public String firstPage() {
		return page(null);
	}

	/** The address of the page that starts at {@code nextCursor}, with the same filters. */
	public String page(@Nullable String nextCursor) {
		UriComponentsBuilder address = UriComponentsBuilder.fromPath("/collectivites");
		add(address, "q", this.q);
		add(address, "kind", this.kind);
		add(address, "region", this.region);
		add(address, "cursor", nextCursor);
		return address.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder address, String name, @Nullable String value) {
		if (StringUtils.hasText(value)) {
			address.queryParam(name, value.strip());
		}
	}

}
