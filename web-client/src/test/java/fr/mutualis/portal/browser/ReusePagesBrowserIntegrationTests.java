package fr.mutualis.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Year;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.mutualis.stack.Browsers;
import fr.mutualis.stack.DemoData;
import fr.mutualis.stack.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reuse pages end to end in the system Chromium, on the demo data (the Région Bretagne's 120 laptops handed to
 * partner-demo, 95 refurbished and 25 recycled): lots, a lot and its transfer agreement, the compliance report,
 * purchases, the partner directory and profile, a declaration with a mistake then without, and the operator's
 * registration form; axe-core on every page.
 */
class ReusePagesBrowserIntegrationTests extends PortalBrowserTest {

	@BeforeAll
	static void demoData() {
		new DemoData(TestStack.api(), TestStack.keycloak()).seed();
	}

	@Test
	void anEditorFollowsTheLaptopsOfTheDemoAndDeclaresALot() {
		signInAs("editor.bretagne");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Réemploi")).click();
		assertThat(page.locator("h1")).hasText("Lots de matériel réformé");
		assertThat(page.locator("main table")).containsText("Ordi Solidaire Finistère (démo)");
		Browsers.assertAccessible(page);

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ordinateur portable")).first().click();
		assertThat(page.locator("h1")).hasText("120 × Ordinateur portable");
		assertThat(page.locator("main")).containsText("Reconditionné");
		Browsers.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Convention de cession")).click();
		assertThat(page.locator("main")).containsText("Région Bretagne (SIREN 233500016)");
		assertThat(page.locator("main")).containsText("Ordi Solidaire Finistère (démo)");
		Browsers.assertAccessible(page);

		page.navigate(portal() + "/collectivites/region-bretagne/conformite/" + Year.now().getValue());
		assertThat(page.locator("#reen-tableau").locator("..")).containsText("95");
		assertThat(page.locator("svg.gauge").first()).isVisible();
		Browsers.assertAccessible(page);
		page.navigate(portal() + "/collectivites/region-bretagne/achats");
		assertThat(page.locator("main table")).containsText("UGAP");
		Browsers.assertAccessible(page);

		page.navigate(portal() + "/collectivites/region-bretagne/lots");
		page.getByLabel("Catégorie").first().selectOption("MONITOR");
		label("Quantité").fill("beaucoup");
		label("Âge moyen").fill("6");
		label("Département").fill("29");
		submit("Déclarer le lot");
		assertThat(page.locator(".error-summary")).isVisible();
		assertThat(label("Quantité")).hasAttribute("aria-invalid", "true");
		Browsers.assertAccessible(page);
		label("Quantité").fill("12");
		submit("Déclarer le lot");
		assertThat(page.locator("h1")).hasText("12 × Écran");
		submit("Proposer aux partenaires");
		assertThat(page.locator("main")).containsText("Proposé aux partenaires");
		Browsers.assertAccessible(page);
	}

	@Test
	void theDirectoryAndTheOperatorsRegistrationForm() {
		signInAs("operator");
		page.navigate(portal() + "/partenaires?departement=29");
		assertThat(page.locator("main table")).containsText("Ordi Solidaire Finistère (démo)");
		Browsers.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ordi Solidaire Finistère (démo)")).click();
		assertThat(page.locator("main")).containsText("Région Bretagne");
		Browsers.assertAccessible(page);

		page.navigate(portal() + "/partenaires/nouveau");
		label("Nom").fill("Atelier du navigateur");
		label("SIRET").fill("12345678901234");
		label("Départements couverts").fill("29");
		submit("Inscrire le partenaire");
		assertThat(page.locator(".error-summary")).containsText("SIRET");
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

}
