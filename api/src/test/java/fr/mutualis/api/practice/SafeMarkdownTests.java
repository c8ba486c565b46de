package fr.mutualis.api.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever an editor submits, the HTML of a practice carries no script, event handler, style or javascript: link. */
class SafeMarkdownTests {

    /** Every element of the output: its name and its attributes. */
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/]+)\\s*=\\s*\"([^\"]*)\"");
    private static final List<String> ALLOWED_ELEMENTS = List.of("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
            "ul", "ol", "li", "blockquote", "pre", "code", "em", "strong", "del", "a", "table", "thead", "tbody", "tr",
            "th", "td");

    private final SafeMarkdown markdown = new SafeMarkdown();

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.test/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<body onload=alert(1)>",
            "<a href=\"javascript:alert(1)\">clic</a>",
            "[clic](javascript:alert(1))",
            "[clic](JaVaScRiPt:alert(1))",
            "[clic](  javascript:alert(1))",
            "[clic](&#106;avascript:alert(1))",
            "[clic](java\tscript:alert(1))",
            "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[clic](vbscript:msgbox(1))",
            "![x](javascript:alert(1))",
            "![x](https://evil.test/pixel.png \"onerror=alert(1)\")",
            "<p style=\"background:url(javascript:alert(1))\">x</p>",
            "<div style=\"position:fixed;inset:0\">x</div>",
            "<iframe src=\"https://evil.test\"></iframe>",
            "<object data=\"x.swf\"></object>",
            "<embed src=x>",
            "<form action=https://evil.test><input name=p></form>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<a href=\"https://ok.test\" onclick=\"alert(1)\">lien</a>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "<link rel=stylesheet href=https://evil.test/x.css>",
            "<style>body{display:none}</style>",
            "<base href=\"javascript:alert(1)//\">",
            "`<script>alert(1)</script>` et <scr<script>ipt>alert(1)</script>",
            "<details open ontoggle=alert(1)>",
            "[a](https://ok.test \"x\\\" onmouseover=\\\"alert(1)\")",
            "<<script>script>alert(1)<</script>/script>",
            "\u0000<script>alert(1)</script>"})
    void noScriptEventHandlerStyleOrJavascriptLinkSurvives(String payload) {
        String html = markdown.toHtml("Texte avant.\n\n" + payload + "\n\nTexte après.");

        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            assertThat(tags.group(1).toLowerCase(Locale.ROOT)).as(html).isIn(ALLOWED_ELEMENTS);
            Matcher attributes = ATTRIBUTE.matcher(tags.group(2));
            while (attributes.find()) {
                assertThat(attributes.group(1).toLowerCase(Locale.ROOT)).as(html).isIn("href", "rel", "start");
                if (attributes.group(1).equalsIgnoreCase("href")) {
                    assertThat(attributes.group(2)).as(html).matches("^(https?://|mailto:).*");
                }
            }
        }
        assertThat(html).doesNotContain("<script", "<style").contains("Texte avant.", "Texte après.");
    }

    @Test
    void ordinaryMarkdownIsKept() {
        String html = markdown.toHtml("""
                ## Pourquoi

                Réduire les **impressions** de *30 %* :

                1. un quota par service ;
                2. le recto verso par défaut.

                > Une imprimante pour 25 agents.

                Voir [le guide](https://ecoresponsable.numerique.gouv.fr/) ou `PAGES_PER_AGENT`.
                """);

        assertThat(html).contains("<h2>Pourquoi</h2>", "<strong>impressions</strong>", "<em>30 %</em>", "<ol>",
                "<li>un quota par service ;</li>", "<blockquote>", "<code>PAGES_PER_AGENT</code>");
        assertThat(html).containsPattern("<a href=\"https://ecoresponsable\\.numerique\\.gouv\\.fr/\" rel=\"[^\"]*nofollow");
    }

    @Test
    void rawHtmlIsShownAsTextNotInterpreted() {
        assertThat(markdown.toHtml("<b>gras</b>")).contains("&lt;b&gt;gras&lt;/b&gt;").doesNotContain("<b>");
    }
}
