package fr.mutualis.portal.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.WaitUntilState;
import fr.mutualis.stack.Browsers;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import fr.mutualis.stack.TestRealms;
import fr.mutualis.stack.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal on a random port in front of the real api (its jar, {@code TestStack.api()}) and the real Keycloak, and
 * a fresh French-speaking Chromium visitor for each test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PortalBrowserTest {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.keycloak.issuer-uri",
                () -> TestStack.keycloak().issuer(TestStack.REALM));
        registry.add("mutualis.portal.api-base-url", () -> TestStack.api().toString());
        registry.add("management.server.port", () -> "0");
    }

    @LocalServerPort
    private int port;

    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    protected Page page;

    @BeforeAll
    void openBrowser() {
        Browsers.requireChromium();
        TestRealms.allowPortalAt(portal());
        playwright = Browsers.playwright();
        browser = Browsers.launch(playwright);
    }

    @BeforeEach
    void newVisitor() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
        page = context.newPage();
    }

    @AfterEach
    void closeVisitor() {
        context.close();
    }

    @AfterAll
    void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    protected String portal() {
        return "http://localhost:" + port;
    }

    /**
     * Signs in on Keycloak's page, which asks for the username and password together, or (once an identity provider
     * is linked to an organization) for the username first, then the password.
     */
    protected void signInOnKeycloak(String username, String password) {
        page.locator("#username").fill(username);
        if (!page.locator("#password").isVisible()) {
            page.locator("#kc-login").click();
        }
        page.locator("#password").fill(password);
        signIn(page);
    }

    /**
     * Clicks Keycloak's sign-in button and waits until the browser is back on the portal. The redirects that follow
     * (Keycloak, the portal's callback exchanging the code, the page's first api calls) can take more than
     * Playwright's 30 s for a navigation on a busy machine: they get two minutes.
     * <p>
     * If the browser is not back by then, the test fails with the page it shows and every request since the click,
     * with its time or "pending". In CI the portal's callback twice stayed pending here: the portal's server had
     * stopped reading the browser's kept-alive connection (reactor/reactor-netty#4361, ADR 22); a return of it would
     * show as that callback pending.
     */
    protected void signIn(Page on) {
        RequestLog requests = new RequestLog(on);
        on.locator("#kc-login").click(new Locator.ClickOptions().setNoWaitAfter(true));
        try {
            on.waitForURL(url -> url.startsWith(portal()), new Page.WaitForURLOptions().setTimeout(120_000)
                    .setWaitUntil(WaitUntilState.COMMIT));
            on.waitForLoadState(LoadState.LOAD, new Page.WaitForLoadStateOptions().setTimeout(120_000));
        } catch (TimeoutError e) {
            String text;
            try {
                text = on.locator("body").innerText(new Locator.InnerTextOptions().setTimeout(5_000));
            } catch (TimeoutError none) {
                text = "(no page body yet)";
            }
            throw new AssertionError("Signing in: not back on the portal; the browser is on " + on.url()
                    + " showing: " + text.substring(0, Math.min(text.length(), 500)) + "\nRequests since the click:\n"
                    + requests, e);
        } finally {
            requests.stop();
        }
    }

    /** The requests of a page from now on, each with its start and when its answer came (or still pending). */
    private static final class RequestLog {

        private final Page page;
        private final long start = System.nanoTime();
        private final Map<Request, String> lines = Collections.synchronizedMap(new LinkedHashMap<>());
        private final Consumer<Request> started = this::started;
        private final Consumer<Response> answered = this::answered;
        private final Consumer<Request> failed = this::failed;

        RequestLog(Page page) {
            this.page = page;
            page.onRequest(started);
            page.onResponse(answered);
            page.onRequestFailed(failed);
        }

        private long elapsed() {
            return (System.nanoTime() - start) / 1_000_000;
        }

        private void started(Request request) {
            lines.put(request, "+" + elapsed() + " ms " + request.method() + " " + request.url() + " pending");
        }

        private void answered(Response response) {
            lines.computeIfPresent(response.request(), (r, line) -> line.replace(" pending", " -> "
                    + response.status() + " at +" + elapsed() + " ms"));
        }

        private void failed(Request request) {
            lines.computeIfPresent(request, (r, line) -> line.replace(" pending", " -> failed ("
                    + request.failure() + ") at +" + elapsed() + " ms"));
        }

        void stop() {
            page.offRequest(started);
            page.offResponse(answered);
            page.offRequestFailed(failed);
        }

        @Override
        public String toString() {
            synchronized (lines) {
                return String.join("\n", lines.values());
            }
        }
    }
}
