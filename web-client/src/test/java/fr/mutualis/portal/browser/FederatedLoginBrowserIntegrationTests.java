package fr.mutualis.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.mutualis.stack.Browsers;
import fr.mutualis.stack.DemoData;
import fr.mutualis.stack.TestRealms;
import fr.mutualis.stack.TestRealms.FederatedAgent;
import fr.mutualis.stack.TestStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * An agent of the Région Bretagne signs in to the portal through the Région's own directory (a second realm of the
 * test Keycloak, brokered as an OIDC identity provider linked to the Région's organization and e-mail domain), and the
 * api then counts them as a member of {@code region-bretagne}.
 */
class FederatedLoginBrowserIntegrationTests extends PortalBrowserTest {

    private static final String REGION = "region-bretagne";
    private static final String AGENTS_DOMAIN = "agents.bretagne.bzh";


    private FederatedAgent agent;

    @BeforeAll
    void theRegionWithItsOwnDirectory() {
        new DemoData(TestStack.api(), TestStack.keycloak()).seed();
        WebTestClient api = WebTestClient.bindToServer().baseUrl(TestStack.api().toString())
                .responseTimeout(Duration.ofSeconds(30)).build();
        String operator = TestStack.accessToken("operator");
        List<String> domains = new ArrayList<>(api.get().uri("/api/v1/authorities/{slug}", REGION)
                .headers(h -> h.setBearerAuth(operator)).exchange().expectStatus().isOk()
                .expectBody(AuthorityDomains.class).returnResult().getResponseBody().emailDomains());
        if (!domains.contains(AGENTS_DOMAIN)) {
            domains.add(AGENTS_DOMAIN);
            api.patch().uri("/api/v1/authorities/{slug}", REGION).headers(h -> h.setBearerAuth(operator))
                    .bodyValue(Map.of("emailDomains", domains)).exchange().expectStatus().isOk();
        }
        agent = TestRealms.federateBretagneDirectory(organizationId(), AGENTS_DOMAIN);
    }

    @Test
    void anAgentSignsInThroughTheRegionsDirectoryAndIsAMemberOfTheRegion() {
        page.navigate(portal() + "/compte");

        page.locator("#username").fill(agent.email());
        page.locator("#kc-login").click();
        page.waitForURL(url -> url.contains("/realms/" + agent.directoryRealm() + "/"));
        page.locator("#username").fill(agent.username());
        page.locator("#password").fill(agent.password());
        // The first federated sign-in goes through several redirects (directory realm, broker, first login,
        // organization membership, the portal's callback, /me reconciling the membership): on a busy machine it can
        // take longer than Playwright's 30 s for the navigation that follows a click.
        page.locator("#kc-login").click(new Locator.ClickOptions().setNoWaitAfter(true));

        page.waitForURL(url -> url.startsWith(portal() + "/compte"), new Page.WaitForURLOptions().setTimeout(120_000));
        assertThat(page.locator("main")).containsText(agent.firstName() + " " + agent.lastName());
        assertThat(page.locator("main")).containsText("Région Bretagne");
        Browsers.assertAccessible(page);
    }

    private static String organizationId() {
        try (Keycloak admin = TestStack.keycloak().admin()) {
            return admin.realm(TestStack.REALM).organizations().search("bretagne.bzh", false, 0, 100).stream()
                    .filter(organization -> REGION.equals(organization.getAlias())).findFirst().orElseThrow()
                    .getId();
        }
    }


    record AuthorityDomains(List<String> emailDomains) {
    }
}
