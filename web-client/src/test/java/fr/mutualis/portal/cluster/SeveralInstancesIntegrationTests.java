package fr.mutualis.portal.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import fr.mutualis.stack.Browsers;
import fr.mutualis.stack.Database;
import fr.mutualis.stack.TestStack;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two api instances on one database and two portal instances sharing their sessions in Redis (ADR 14), each a child
 * process on its own ports, as a load balancer would see them: a user signs in through portal 1, goes on through
 * portal 2 without signing in again (Keycloak is then unreachable from the browser, so no silent sign-in can hide a
 * lost session), portal 1 stops, the user keeps working on portal 2; what api 1 writes, api 2 reads and back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesIntegrationTests {

	private Instances api1;

	private Instances api2;

	private Instances portal1;

	private Instances portal2;

	private Playwright playwright;

	private Browser browser;

	@BeforeAll
	void startTwoOfEach() {
		Browsers.requireChromium();
		requireRedis();
		Database database = TestStack.freshDatabase();
		this.api1 = Instances.api("api-1", database);
		this.api2 = Instances.api("api-2", database);
		String sessions = "mutualis:test:" + UUID.randomUUID() + ":session";
		this.portal1 = Instances.portal("portal-1", this.api1.url(), sessions);
		this.portal2 = Instances.portal("portal-2", this.api2.url(), sessions);
		for (Instances instance : new Instances[] { this.api1, this.api2, this.portal1, this.portal2 }) {
			instance.awaitReady();
		}
		this.playwright = Browsers.playwright();
		this.browser = Browsers.launch(this.playwright);
	}

	@AfterAll
	void stopAll() {
		if (this.playwright != null) {
			this.playwright.close();
		}
		for (Instances instance : new Instances[] { this.portal1, this.portal2, this.api1, this.api2 }) {
			if (instance != null) {
				instance.close();
			}
		}
	}

	@Test
	void aUserSignedInOnOnePortalGoesOnOnTheOtherAfterTheFirstStops() {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String slug = "commune-deux-instances-" + suffix;
		String operator = TestStack.accessToken("operator");
		BrowserContext context = this.browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR"));
		Page page = context.newPage();

		page.navigate(this.portal1.url() + "/compte");
		signInOnKeycloak(page, "operator");
		assertThat(page).hasURL(this.portal1.url() + "/compte");
		// From now on the browser has only the portal's cookie: no Keycloak session could sign the user in again
		// silently, and every request to Keycloak is recorded.
		context.clearCookies(new BrowserContext.ClearCookiesOptions().setName(Pattern.compile("^(?!MUTUALIS_SESSION$).*")));
		assertThat(context.cookies()).extracting((cookie) -> cookie.name).containsExactly("MUTUALIS_SESSION");
		List<String> toKeycloak = new CopyOnWriteArrayList<>();
		page.onRequest((request) -> {
			if (request.url().startsWith(TestStack.keycloak().url().toString())) {
				toKeycloak.add(request.url());
			}
		});

		// Written through api 1, read through api 2 (directly, and through portal 2, which calls api 2 only).
		assertThat(this.api1.send("POST", "/api/v1/authorities", operator, Instances.authority(slug, suffix))
			.statusCode()).isEqualTo(201);
		HttpResponse<String> read = this.api2.send("GET", "/api/v1/authorities/" + slug, operator, null);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).contains("Commune à deux instances " + suffix);
		page.navigate(this.portal2.url() + "/collectivites/" + slug);
		assertThat(page).hasURL(this.portal2.url() + "/collectivites/" + slug);
		assertThat(page.locator("h1")).hasText("Commune à deux instances " + suffix);

		// Portal 1 stops; the user edits on portal 2 (session, CSRF token and access token all come from Redis).
		this.portal1.close();
		assertThat(this.portal1.answers()).isFalse();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier le profil")).click();
		page.getByLabel("Agents", new Page.GetByLabelOptions().setExact(false)).first().fill("61");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer les modifications")).click();
		assertThat(page).hasURL(this.portal2.url() + "/collectivites/" + slug + "?modifie");
		assertThat(page.locator(".notice")).hasText("Les modifications sont enregistrées.");

		assertThat(toKeycloak).as("requests to Keycloak after signing in").isEmpty();

		// Written through portal 2 and api 2, read through api 1.
		HttpResponse<String> readBack = this.api1.send("GET", "/api/v1/authorities/" + slug, operator, null);
		assertThat(readBack.body()).contains("\"agents\":61");
		context.close();
	}

	private static void signInOnKeycloak(Page page, String username) {
		page.locator("#username").fill(username);
		if (!page.locator("#password").isVisible()) {
			page.locator("#kc-login").click();
		}
		page.locator("#password").fill(TestStack.DEMO_PASSWORD);
		page.locator("#kc-login").click();
	}

	private static void requireRedis() {
		URI redis = URI.create(System.getenv().getOrDefault("MUTUALIS_REDIS_URL", "redis://127.0.0.1:6379"));
		try (Socket socket = new Socket(redis.getHost(), redis.getPort())) {
			socket.setSoTimeout(1000);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException("Redis is needed for shared portal sessions and does not answer at " + redis
					+ " (start redis-server, or set MUTUALIS_REDIS_URL)", ex);
		}
	}

}
