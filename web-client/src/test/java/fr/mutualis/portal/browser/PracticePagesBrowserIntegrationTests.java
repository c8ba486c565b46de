package fr.mutualis.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.mutualis.stack.Browsers;
import fr.mutualis.stack.DemoData;
import fr.mutualis.stack.TestStack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Best practices (issue 7) end to end in the system Chromium, on the demo data, with axe-core on every page: the
 * library and its search, a practice's page with its comment form (empty, then sent), the editor of Rennes Métropole
 * with its preview, and "new in the network". The adoption form needs the plans api (issue 4): it is tested with a
 * fake api in PracticePageControllerTests, not here.
 */
class PracticePagesBrowserIntegrationTests extends PortalBrowserTest {

    @BeforeAll
    void demoData() {
        new DemoData(TestStack.api(), TestStack.keycloak()).seed();
    }

    @Test
    void anEditorSearchesReadsDiscussesAndWritesAPractice() {
        signInAs("editor.rennes");

        // The library, then a search without accents that finds accented words, with highlighted excerpts.
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu principal"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bonnes pratiques")).click();
        assertThat(page.locator("h1")).hasText("Bonnes pratiques");
        Browsers.assertAccessible(page);
        page.getByLabel("Mots recherchés").fill("reemploi");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rechercher")).click();
        assertThat(page.locator("#resultats")).containsText("Confier les postes réformés à une association de réemploi");
        assertThat(page.locator("#resultats mark").first()).containsText(Pattern.compile("réemploi", Pattern.CASE_INSENSITIVE));
        Browsers.assertAccessible(page);

        // A practice of the Région Bretagne: its body, its endorsements, an empty comment refused, then a comment.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Confier les postes réformés à une association de réemploi")).click();
        assertThat(page.locator("h1")).hasText("Confier les postes réformés à une association de réemploi");
        assertThat(page.locator(".practice-body h2").first()).hasText("Pourquoi");
        Browsers.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier")).click();
        assertThat(page.locator(".error-summary")).containsText("Écrivez votre question ou commentaire");
        Browsers.assertAccessible(page);
        String question = "Quel délai pour l'effacement des données ? " + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel(Pattern.compile("Votre question ou commentaire")).fill(question);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publier")).click();
        assertThat(page.locator(".notice")).hasText("Votre commentaire est publié.");
        assertThat(page.locator("#commentaires")).containsText(question);

        // The editor of Rennes Métropole: a draft with a preview, then saved.
        page.navigate(portal() + "/collectivites/rennes-metropole/bonnes-pratiques");
        Browsers.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nouvelle bonne pratique")).click();
        Browsers.assertAccessible(page);
        String title = "Covoiturer vers les ateliers " + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("Titre").fill(title);
        page.getByLabel("Résumé").fill("Un essai de la métropole.");
        page.getByLabel("Description").fill("## Étapes\n\n**un** atelier\n\n<script>alert(1)</script>");
        page.getByLabel("Thème").selectOption("USAGE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aperçu")).click();
        assertThat(page.locator(".preview .practice-body h2")).hasText("Étapes");
        assertThat(page.locator(".preview .practice-body strong")).hasText("un");
        assertThat(page.locator(".preview script")).hasCount(0);
        Browsers.assertAccessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer")).click();
        assertThat(page.locator(".notice")).containsText("Le brouillon est enregistré.");
        Browsers.assertAccessible(page);

        // What is new in the network since the last visit.
        page.navigate(portal() + "/nouveautes");
        assertThat(page.locator("h1")).hasText("Nouveautés du réseau");
        assertThat(page.locator("main")).containsText("Passer à une imprimante partagée pour 25 agents");
        Browsers.assertAccessible(page);
    }

    private void signInAs(String username) {
        page.navigate(portal() + "/compte");
        signInOnKeycloak(username, TestStack.DEMO_PASSWORD);
        assertThat(page).hasURL(portal() + "/compte");
    }

}
