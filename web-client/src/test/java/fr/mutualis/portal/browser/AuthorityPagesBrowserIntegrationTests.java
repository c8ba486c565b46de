package fr.mutualis.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.mutualis.stack.Browsers;
import fr.mutualis.stack.TestData;
import fr.mutualis.stack.TestStack;
import org.junit.jupiter.api.Test;

/**
 * The authority pages end to end in the system Chromium, as the platform operator would use them: the real Keycloak
 * login, the real api behind the portal, and axe-core on every page (directory, creation form, profile, edit form,
 * members, audit log), with and without messages on the forms.
 */
class AuthorityPagesBrowserIntegrationTests extends PortalBrowserTest {

    @Test
    void theOperatorCreatesAnAuthorityThenOpensEachOfItsPages() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String slug = "commune-du-portail-" + suffix;
        String name = "Commune du portail " + suffix;
        signInAs("operator");

        // The creation form, first empty, then sent back with a message next to the field.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvelle collectivité")).click();
        assertThat(page).hasURL(portal() + "/collectivites/nouvelle");
        Browsers.assertAccessible(page);
        label("Identifiant").fill(slug);
        label("Nom").fill(name);
        label("Type").selectOption("COMMUNE");
        label("SIREN").fill(TestData.siren());
        label("Région").selectOption("53");
        label("Département").fill("29");
        label("Population").fill("beaucoup");
        label("Agents").fill("56");
        label("Domaines de messagerie").fill(slug + ".test");
        submit("Créer la collectivité");
        assertThat(page.locator(".error-summary")).containsText("Saisissez un nombre entier");
        assertThat(label("Population")).hasAttribute("aria-invalid", "true");
        assertThat(label("Nom")).hasValue(name);
        Browsers.assertAccessible(page);

        // Created: its profile.
        label("Population").fill("1 234");
        submit("Créer la collectivité");
        assertThat(page).hasURL(portal() + "/collectivites/" + slug + "?cree");
        assertThat(page.locator("h1")).hasText(name);
        assertThat(page.locator("main")).containsText(Pattern.compile("1\\s234 habitants"));
        assertThat(page.locator("main")).containsText(slug + ".test");
        Browsers.assertAccessible(page);

        // Its edit form, then the profile with the change.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Modifier le profil")).click();
        Browsers.assertAccessible(page);
        label("Agents").fill("60");
        submit("Enregistrer les modifications");
        assertThat(page).hasURL(portal() + "/collectivites/" + slug + "?modifie");
        assertThat(page.locator(".notice")).hasText("Les modifications sont enregistrées.");

        // Its members: nobody yet; an invitation, then the pending invitation.
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Membres")).click();
        assertThat(page.locator("h1")).hasText("Les membres de " + name);
        Browsers.assertAccessible(page);
        label("Adresse électronique").fill("premier.admin@" + slug + ".test");
        page.getByLabel("Administrateur").check();
        submit("Envoyer l’invitation");
        assertThat(page.locator(".notice")).containsText("L’invitation est envoyée.");
        assertThat(page.locator("main table").last()).containsText("premier.admin@" + slug + ".test");
        Browsers.assertAccessible(page);

        // Its audit log, newest first.
        page.navigate(portal() + "/collectivites/" + slug + "/journal");
        assertThat(page.locator("main tbody tr").first()).containsText("Invitation envoyée");
        assertThat(page.locator("main")).containsText("Création de la collectivité");
        Browsers.assertAccessible(page);

        // The directory finds it, and with JavaScript the results follow what is typed (htmx, under the strict CSP).
        page.navigate(portal() + "/collectivites");
        Browsers.assertAccessible(page);
        page.getByLabel("Nom de la collectivité").fill(suffix);
        assertThat(page.locator("#resultats")).containsText(name);
        assertThat(page.locator("#resultats-statut")).hasText("1 collectivité affichée.");
        assertThat(page).hasURL(Pattern.compile(".*/collectivites\\?q=" + suffix + ".*"));
        Browsers.assertAccessible(page);

        // The same pages in English.
        page.navigate(portal() + "/collectivites/" + slug + "?lang=en");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        Browsers.assertAccessible(page);
    }

    @Test
    void anAgentWhoDoesNotRunThePlatformIsRefusedTheCreationFormOnAnAccessiblePage() {
        signInAs("viewer.bretagne");

        page.navigate(portal() + "/collectivites/nouvelle");

        assertThat(page.locator("h1")).hasText("Accès refusé");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvelle collectivité"))).hasCount(0);
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
