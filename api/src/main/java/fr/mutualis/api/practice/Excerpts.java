package fr.mutualis.api.practice;

import org.jspecify.annotations.Nullable;
import org.springframework.web.util.HtmlUtils;

/**
 * Search excerpts as HTML: {@link Headlines} gives the text with the words found between two control characters; the
 * text is escaped first, then only those marks become {@code <mark>} elements. No markup of the practice ever passes.
 */
final class Excerpts {

    private Excerpts() {
    }

    static @Nullable String toHtml(@Nullable String headline) {
        if (headline == null) {
            return null;
        }
        String escaped = HtmlUtils.htmlEscape(headline.strip(), "UTF-8");
        return balance(escaped.replace(String.valueOf(SearchRows.START), "<mark>")
                .replace(String.valueOf(SearchRows.STOP), "</mark>"));
    }

    /** A fragment cut inside a highlighted run still closes its {@code <mark>}. */
    private static String balance(String html) {
        int opened = html.split("<mark>", -1).length - 1;
        int closed = html.split("</mark>", -1).length - 1;
        return opened > closed ? html + "</mark>" : html;
    }
}
