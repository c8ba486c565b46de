package fr.mutualis.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.mutualis.stack.Browsers;
import fr.mutualis.stack.TestData;
import fr.mutualis.stack.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The indicator pages end to end in the system Chromium, as the platform operator (who acts for every authority):
 * the dashboard, the comparison with its SVG charts and tables, the measurement form (with a message, then saved),
 * the inventory form and its computed footprint, in French and English, with axe-core on every page.
 */
class IndicatorPagesBrowserIntegrationTests extends PortalBrowserTest {

	private final HttpClient http = HttpClient.newHttpClient();

	private final String suffix = UUID.randomUUID().toString().substring(0, 8);

	private final String slug = "commune-indicateurs-" + this.suffix;

	@BeforeAll
	void anAuthorityAndThreePeersWithValues() throws Exception {
		List<String> peers = List.of(this.slug, "pair-a-" + this.suffix, "pair-b-" + this.suffix, "pair-c-" + this.suffix);
		double[] values = { 40, 10, 30, 70 };
		for (int i = 0; i < peers.size(); i++) {
			String peer = peers.get(i);
			send("POST", "/api/v1/authorities", """
					{"slug": "%s", "name": "Commune %s", "kind": "COMMUNE", "siren": "%s", "population": 12000,
					 "agents": 200, "regionCode": "53", "departmentCode": "29", "emailDomains": ["%s.test"]}"""
				.formatted(peer, peer, TestData.siren(), peer), 201);
			send("PUT", "/api/v1/authorities/" + peer + "/measurements/AGENTS_TRAINED/2024",
					"{\"value\": " + (values[i] - 5) + "}", 201);
			send("PUT", "/api/v1/authorities/" + peer + "/measurements/AGENTS_TRAINED/2025",
					"{\"value\": " + values[i] + "}", 201);
		}
	}

	@Test
	void theOperatorReadsTheDashboardComparesThenEntersAValueAndAnInventory() {
		signInAs("operator");

		page.navigate(portal() + "/collectivites/" + this.slug + "/indicateurs");
		assertThat(page.locator("h1")).hasText("Les indicateurs de Commune " + this.slug);
		// The portal's tests share one api and database: other classes add values too, so the rank is checked for its
		// form here; its figures are checked against an independent computation in the api's tests.
		assertThat(page.locator("main table")).containsText(java.util.regex.Pattern.compile("\\d+(er|e) sur \\d+"));
		assertThat(page.locator("main table")).containsText("En amélioration");
		Browsers.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Agents formés")).click();
		assertThat(page.locator("h1")).hasText("Agents formés");
		assertThat(page.locator("svg[role=img]")).hasCount(2);
		assertThat(page.locator("main")).containsText(java.util.regex.Pattern.compile("Vous êtes \\d+(er|e) sur \\d+"));
		Browsers.assertAccessible(page);

		page.getByLabel("Comparer avec").selectOption("KIND");
		submit("Comparer");
		assertThat(page).hasURL(java.util.regex.Pattern.compile(".*pairs=KIND.*"));
		Browsers.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Saisir la valeur de 2025")).click();
		label("Valeur").fill("140");
		submit("Enregistrer la valeur");
		assertThat(page.locator(".error-summary")).containsText("un pourcentage entre 0 et 100");
		assertThat(label("Valeur")).hasAttribute("aria-invalid", "true");
		Browsers.assertAccessible(page);
		label("Valeur").fill("75,5");
		page.getByLabel("Valeur confidentielle").check();
		submit("Enregistrer la valeur");
		assertThat(page.locator(".notice")).hasText("La valeur est enregistrée.");
		assertThat(page.locator("main")).containsText("Votre valeur est confidentielle");
		assertThat(page.locator("main")).containsText(java.util.regex.Pattern.compile("Vous êtes \\d+(er|e) sur \\d+"));

		page.navigate(portal() + "/collectivites/" + this.slug + "/indicateurs/inventaire?annee=2025");
		Browsers.assertAccessible(page);
		label("Ordinateurs portables").fill("90");
		label("Serveurs").fill("-2");
		submit("Enregistrer l’inventaire");
		assertThat(page.locator(".error-summary")).containsText("Saisissez un nombre entier, 0 ou plus.");
		Browsers.assertAccessible(page);
		label("Serveurs").fill("2");
		submit("Enregistrer l’inventaire");
		assertThat(page.locator(".notice")).containsText("L’inventaire est enregistré");

		page.navigate(portal() + "/collectivites/" + this.slug + "/indicateurs/EMBODIED_CO2_PER_AGENT?annee=2025");
		assertThat(page.locator("main")).containsText("durée de vie");
		Browsers.assertAccessible(page);

		page.navigate(portal() + "/collectivites/" + this.slug + "/indicateurs?lang=en");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		Browsers.assertAccessible(page);
	}

	private Locator label(String text) {
		return page.getByLabel(text, new Page.GetByLabelOptions().setExact(false)).first();
	}

	private void submit(String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
		page.waitForLoadState();
	}

	private void signInAs(String username) {
		page.navigate(portal() + "/compte");
		signInOnKeycloak(username, TestStack.DEMO_PASSWORD);
		assertThat(page).hasURL(portal() + "/compte");
	}

	private void send(String method, String path, String json, int expected) throws IOException, InterruptedException {
		HttpResponse<String> answer = this.http.send(HttpRequest.newBuilder(URI.create(TestStack.api() + path))
			.header("Authorization", "Bearer " + TestStack.accessToken("operator"))
			.header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != expected) {
			throw new AssertionError(method + " " + path + ": " + answer.statusCode() + " " + answer.body());
		}
	}

}
