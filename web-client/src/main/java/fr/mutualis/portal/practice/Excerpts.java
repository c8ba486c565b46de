package fr.mutualis.portal.practice;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * The search excerpts the api sends are escaped text with {@code <mark>} elements. The page shows them as HTML only
 * when that is all they hold; anything else is shown escaped again (defence in depth: never raw HTML).
 */
final class Excerpts {

	private Excerpts() {
	}

	static @Nullable String safe(@Nullable String excerpt) {
		if (excerpt == null) {
			return null;
		}
		String withoutMarks = excerpt.replace("<mark>", "").replace("</mark>", "");
		return (withoutMarks.indexOf('<') < 0 && withoutMarks.indexOf('>') < 0) ? excerpt
				: HtmlUtils.htmlEscape(excerpt);
	}

}
