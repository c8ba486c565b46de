package fr.mutualis.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import fr.mutualis.stack.Browsers;
import fr.mutualis.stack.MailSink;
import fr.mutualis.stack.TestData;
import fr.mutualis.stack.TestStack;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An administrator invites a new agent by e-mail; the agent follows the link from the real mail in Chromium, creates
 * their Keycloak account, signs in to the portal and is a member with the invited role.
 */
class InvitationBrowserIntegrationTests extends PortalBrowserTest {

    @Test
    void anInvitedAgentFollowsTheMailLinkAndBecomesAnEditor() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String slug = "invitation-" + suffix;
        String email = "nouvelle.agente." + suffix + "@" + slug + ".test";
        WebTestClient api = WebTestClient.bindToServer().baseUrl(TestStack.api().toString())
                .responseTimeout(Duration.ofSeconds(30)).build();
        String operator = TestStack.accessToken("operator");
        api.post().uri("/api/v1/authorities").headers(h -> h.setBearerAuth(operator))
                .bodyValue(Map.of("slug", slug, "name", "Commune de l'invitation " + suffix, "kind", "COMMUNE",
                        "siren", TestData.siren(), "emailDomains", List.of(slug + ".test")))
                .exchange().expectStatus().value(status -> org.assertj.core.api.Assertions.assertThat(status)
                        .isIn(200, 201));
        api.post().uri("/api/v1/authorities/{slug}/members", slug).headers(h -> h.setBearerAuth(operator))
                .bodyValue(Map.of("email", email, "role", "EDITOR")).exchange().expectStatus().isCreated();

        MailSink.Mail mail = TestStack.mail().awaitMessageTo(email, Duration.ofSeconds(30));
        String link = mail.links().stream().filter(l -> l.startsWith(TestStack.keycloak().url().toString()))
                .findFirst().orElseThrow();

        page.navigate(link);
        fillIfPresent(page, "#username", "agente-" + suffix);
        fillIfPresent(page, "#firstName", "Nolwenn");
        fillIfPresent(page, "#lastName", "Le Goff");
        page.locator("#password").fill("Un-mot-de-passe-solide-2026");
        page.locator("#password-confirm").fill("Un-mot-de-passe-solide-2026");
        page.locator("input[type=submit], button[type=submit]").first().click();
        // The registration form is gone once Keycloak accepted it; let its redirects settle before moving on.
        page.waitForCondition(() -> page.locator("#password-confirm").count() == 0);
        page.waitForLoadState(LoadState.NETWORKIDLE);

        page.navigate(portal() + "/compte");
        if (page.locator("#username").isVisible()) {
            signInOnKeycloak(email, "Un-mot-de-passe-solide-2026");
        }
        assertThat(page.locator("main")).containsText("Nolwenn Le Goff");
        assertThat(page.locator("main")).containsText("Commune de l'invitation " + suffix);
        assertThat(page.locator("main")).containsText("Rédacteur");
        Browsers.assertAccessible(page);
    }

    private static void fillIfPresent(com.microsoft.playwright.Page page, String selector, String value) {
        if (page.locator(selector).count() > 0 && page.locator(selector).isEditable()) {
            page.locator(selector).fill(value);
        }
    }

}
