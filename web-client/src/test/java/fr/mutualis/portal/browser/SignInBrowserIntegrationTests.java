package fr.mutualis.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.mutualis.stack.Browsers;
import fr.mutualis.stack.TestStack;
import org.junit.jupiter.api.Test;

/**
 * End to end in the system Chromium: the portal, the real Keycloak login page, the real api behind the portal.
 */
class SignInBrowserIntegrationTests extends PortalBrowserTest {

    @Test
    void theHomePageIsFrenchAndAccessible() {
        page.navigate(portal() + "/");

        assertThat(page.locator("html")).hasAttribute("lang", "fr");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se connecter"))).isVisible();
        Browsers.assertAccessible(page);
    }

    @Test
    void anAgentSignsInSeesTheirDataSwitchesToEnglishAndSignsOutOfKeycloakToo() {
        page.navigate(portal() + "/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Se connecter")).click();
        signInOnKeycloak("admin.bretagne", TestStack.DEMO_PASSWORD);

        assertThat(page).hasURL(portal() + "/compte");
        assertThat(page.locator("main")).containsText("Anne Le Gall");
        assertThat(page.locator("main")).containsText("admin.bretagne@bretagne.bzh");
        Browsers.assertAccessible(page);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("main")).containsText("Anne Le Gall");
        Browsers.assertAccessible(page);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(url -> url.startsWith(portal() + "/"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();

        // The Keycloak session ended too: going back to a private page asks for the password again.
        page.navigate(portal() + "/compte");
        assertThat(page.locator("#username")).isVisible();
        assertThat(page.url()).startsWith(TestStack.keycloak().url().toString());
    }


}
