package fr.mutualis.stack;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The system Chromium driven by Playwright (never a downloaded browser). Without Chromium, browser tests are skipped
 * with a message, unless {@code -Dmutualis.browser.required=true} (CI), which makes it a failure.
 */
public final class Browsers {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Browsers() {
    }

    public static Path chromiumPath() {
        return Path.of(Settings.get("mutualis.browser.path", "/usr/bin/chromium"));
    }

    /** Skips (or, when a browser is required, fails) the calling test if no Chromium is installed. */
    public static void requireChromium() {
        if (Files.isExecutable(chromiumPath())) {
            return;
        }
        String message = "No Chromium at " + chromiumPath() + " (install it: apt-get install chromium, or set "
                + "MUTUALIS_BROWSER_PATH): browser tests cannot run.";
        if (Settings.getBoolean("mutualis.browser.required")) {
            Assertions.fail(message + " A browser is required (mutualis.browser.required=true).");
        }
        Assumptions.abort(message);
    }

    public static Playwright playwright() {
        requireChromium();
        return Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromiumPath())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    /** Fails with every WCAG 2.1 A/AA violation that axe-core finds on the page. */
    public static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            Assertions.fail("axe-core found " + violations.size() + " violation(s) on " + page.url() + ":\n"
                    + violations.stream().map(Browsers::describe).collect(Collectors.joining("\n")));
        }
    }

    private static String describe(Rule rule) {
        return "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "));
    }
}
