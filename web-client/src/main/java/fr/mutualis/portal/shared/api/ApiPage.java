package fr.mutualis.portal.shared.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * One page of an api list: {@code {"items": [...], "nextCursor": "..." | null}}.
 *
 * @param items the page's items
 * @param nextCursor what to ask for the next page with ({@code ?cursor=}), or null on the last page
 * @param <T> the items' type
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApiPage<T>(List<T> items, @Nullable String nextCursor) {

	public ApiPage {
		items = (items != null) ? List.copyOf(items) : List.of();
	}

	/** Whether a next page exists. */
	public boolean hasNext() {
		return this.nextCursor != null && !this.nextCursor.isBlank();
	}

}
