package fr.mutualis.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.mutualis.stack.Browsers;
import fr.mutualis.stack.DemoData;
import fr.mutualis.stack.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Action plans end to end in the system Chromium, on the demo data (Région Bretagne, Rennes Métropole and their
 * plans): an editor of the Région writes a plan, adds actions (one form sent back with a message first), publishes
 * it; an editor of Rennes Métropole finds it in the network view and adopts one of its actions. axe-core checks every
 * page on the way.
 */
class PlanBrowserIntegrationTests extends PortalBrowserTest {

	@BeforeAll
	void demoData() {
		new DemoData(TestStack.api(), TestStack.keycloak()).seed();
	}

	@Test
	void anEditorWritesAndPublishesAPlanThenAnEditorOfAnotherAuthorityAdoptsAnAction() {
		String title = "Plan de test " + UUID.randomUUID().toString().substring(0, 8);
		signInAs(page, "editor.bretagne");

		// The demo plan of the Région is there, with its 20 orientations; the list offers a new plan.
		page.navigate(portal() + "/collectivites/region-bretagne/plans");
		assertThat(page.locator("main")).containsText("Plan Numérique responsable 2021-2023");
		Browsers.assertAccessible(page);
		label("Titre").fill(title);
		submit("Créer le plan");
		assertThat(page.locator("h1")).hasText(title);
		assertThat(page.locator("main")).containsText("Brouillon");
		String planUrl = page.url();
		Browsers.assertAccessible(page);

		// An action: first with a wrong budget (the message next to its field), then right.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ajouter une action")).click();
		Browsers.assertAccessible(page);
		label("Titre").fill("Former les agents à l’écoconception");
		page.locator("select[name=theme]").selectOption("TRAINING_AWARENESS");
		label("Objectif").fill("Tous les développeurs formés en 2026");
		label("Budget").fill("beaucoup");
		label("Indicateurs").fill("AGENTS_TRAINED;100;2026");
		submit("Enregistrer l’action");
		assertThat(page.locator(".error-summary")).containsText("Indiquez un montant en euros");
		assertThat(label("Budget")).hasAttribute("aria-invalid", "true");
		assertThat(label("Titre")).hasValue("Former les agents à l’écoconception");
		Browsers.assertAccessible(page);
		label("Budget").fill("4 500");
		submit("Enregistrer l’action");
		assertThat(page.locator(".notice")).containsText("L’action est ajoutée");

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ajouter une action")).click();
		label("Titre").fill("Acheter des écrans reconditionnés");
		page.locator("select[name=theme]").selectOption("PROCUREMENT");
		submit("Enregistrer l’action");
		assertThat(page.locator("#theme-PROCUREMENT")).hasText("Achats");
		assertThat(page.locator("main")).containsText("Formation et sensibilisation");
		Browsers.assertAccessible(page);

		// With JavaScript, the progress of an action changes in place (htmx).
		Locator row = page.locator(".plan-action__row", new Page.LocatorOptions().setHasText("Acheter des écrans"));
		row.getByLabel("Avancement (%)").fill("35");
		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Enregistrer")).click();
		assertThat(page.locator(".plan-action__row", new Page.LocatorOptions().setHasText("Acheter des écrans"))
			.locator("progress")).hasAttribute("value", "35");

		// Publication, the printable view and the REEN checklist.
		submit("Publier le plan");
		assertThat(page.locator(".notice")).containsText("Le plan est publié");
		assertThat(page.locator("#reen-titre")).hasText("Couverture de la stratégie REEN");
		Browsers.assertAccessible(page);
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Version imprimable")).click();
		assertThat(page.locator("main")).containsText("Acheter des écrans reconditionnés");
		Browsers.assertAccessible(page);
		page.navigate(portal() + "/collectivites/region-bretagne/plans/import");
		Browsers.assertAccessible(page);

		// Another authority's editor: the network view, the plan, an adoption into their own plan.
		try (BrowserContext other = page.context().browser().newContext(new Browser.NewContextOptions().setLocale("fr-FR"))) {
			Page rennes = other.newPage();
			signInAs(rennes, "editor.rennes");
			rennes.navigate(portal() + "/plans");
			assertThat(rennes.locator("main")).containsText(title);
			Browsers.assertAccessible(rennes);
			rennes.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title)).click();
			assertThat(rennes).hasURL(planUrl);
			assertThat(rennes.locator("main")).not().containsText("Publier le plan");
			Browsers.assertAccessible(rennes);
			Locator source = rennes.locator(".plan-action__row", new Page.LocatorOptions().setHasText("Former les agents à l’écoconception"));
			source.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Adopter")).click();
			assertThat(rennes.locator(".notice")).containsText("L’action est adoptée");
			assertThat(rennes.locator("h1")).hasText("Plan Numérique responsable de Rennes Métropole 2023-2026");
			assertThat(rennes.locator("main")).containsText("Adoptée depuis le plan de region-bretagne.");
			Browsers.assertAccessible(rennes);
		}

		// Back on the Région's plan, the action counts its adopter.
		page.navigate(planUrl);
		assertThat(page.locator("main")).containsText(Pattern.compile("Adoptée par 1 collectivité\\(s\\)\\s*:\\s*Rennes Métropole"));
	}

	private Locator label(String text) {
		return page.getByLabel(text, new Page.GetByLabelOptions().setExact(false)).first();
	}

	private void submit(String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).first().click();
		page.waitForLoadState();
	}

	private void signInAs(Page visitor, String username) {
		visitor.navigate(portal() + "/compte");
		visitor.locator("#username").fill(username);
		if (!visitor.locator("#password").isVisible()) {
			visitor.locator("#kc-login").click();
		}
		visitor.locator("#password").fill(TestStack.DEMO_PASSWORD);
		signIn(visitor);
		assertThat(visitor).hasURL(portal() + "/compte");
	}

}
