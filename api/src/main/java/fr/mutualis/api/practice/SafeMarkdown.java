package fr.mutualis.api.practice;

import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Markdown bodies to HTML that is safe to show: CommonMark renders (raw HTML escaped, unsafe link destinations
 * dropped), then the OWASP sanitiser keeps only an allow-list of elements and attributes. Scripts, event handlers,
 * {@code style}, images and links other than http, https and mailto never come out, whatever goes in (ADR 0012).
 */
@Component
public class SafeMarkdown {

    private static final Pattern CONTROL = Pattern.compile("[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre",
                    "code", "em", "strong", "del", "a", "table", "thead", "tbody", "tr", "th", "td")
            .allowAttributes("href").matching(Pattern.compile("(?i)^(https?://|mailto:)\\S+$")).onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("start").matching(Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .toFactory();

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    /** The body as sanitised HTML. */
    public String toHtml(String markdown) {
        String html = renderer.render(parser.parse(CONTROL.matcher(markdown).replaceAll("")));
        return POLICY.sanitize(html);
    }
}
