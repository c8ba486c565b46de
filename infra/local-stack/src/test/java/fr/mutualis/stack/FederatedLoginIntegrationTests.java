package fr.mutualis.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.OrganizationDomainRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * Federated login for real, in Chromium: an agent of the Région Bretagne types their address on Mutualis' login page,
 * is sent to the région's own directory (a second realm of the test Keycloak), signs in there and comes back as a
 * member of the région's organization. Local accounts keep their password login: those of the région's other domain,
 * and an existing account of the federated domain itself.
 */
class FederatedLoginIntegrationTests {

    private static final String FEDERATED_DOMAIN = "agents.bretagne.bzh";

    private static String organizationId;
    private static TestRealms.FederatedAgent agent;
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void federateTheRegionsDirectory() {
        Browsers.requireChromium();
        try (Keycloak admin = TestStack.keycloak().admin()) {
            OrganizationRepresentation organization = new OrganizationRepresentation();
            organization.setAlias("region-bretagne");
            organization.setName("Région Bretagne");
            organization.setEnabled(true);
            OrganizationDomainRepresentation domain = new OrganizationDomainRepresentation();
            domain.setName("bretagne.bzh");
            organization.addDomain(domain);
            try (Response created = admin.realm(TestStack.REALM).organizations().create(organization)) {
                organizationId = CreatedResponseUtil.getCreatedId(created);
            }
        }
        agent = TestRealms.federateBretagneDirectory(organizationId, FEDERATED_DOMAIN);
        playwright = Browsers.playwright();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void anAgentOfTheFederatedDomainSignsInAtTheirDirectoryAndComesBackAsAMember() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(accountConsole());

            page.locator("#username").fill(agent.email());
            page.locator("#kc-login").click();

            page.waitForURL(Pattern.compile(".*/realms/" + agent.directoryRealm() + "/.*"));
            page.locator("#username").fill(agent.username());
            page.locator("#password").fill(agent.password());
            page.locator("#kc-login").click();

            page.waitForURL(Pattern.compile(Pattern.quote(accountConsole()) + ".*"));
        }

        try (Keycloak admin = TestStack.keycloak().admin()) {
            var realm = admin.realm(TestStack.REALM);
            List<UserRepresentation> users = realm.users().searchByEmail(agent.email(), true);
            assertThat(users).hasSize(1);
            UserRepresentation user = users.getFirst();
            assertThat(user.getFirstName()).isEqualTo(agent.firstName());
            assertThat(user.getLastName()).isEqualTo(agent.lastName());
            assertThat(user.isEmailVerified()).isTrue();
            assertThat(realm.users().get(user.getId()).getFederatedIdentity())
                    .extracting(link -> link.getIdentityProvider()).containsExactly(agent.identityProviderAlias());
            assertThat(realm.organizations().members().getOrganizations(user.getId()))
                    .extracting(OrganizationRepresentation::getAlias).containsExactly("region-bretagne");
        }
    }

    @Test
    void aLocalUserOfTheRegionsOtherDomainKeepsTheirPasswordLogin() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(accountConsole());

            page.locator("#username").fill("admin.bretagne@bretagne.bzh");
            page.locator("#kc-login").click();

            page.locator("#password").fill(TestStack.DEMO_PASSWORD);
            assertThat(page.url()).contains("/realms/" + TestStack.REALM + "/")
                    .doesNotContain(agent.directoryRealm());
            page.locator("#kc-login").click();

            page.waitForURL(Pattern.compile(Pattern.quote(accountConsole()) + ".*"));
        }
    }

    @Test
    void anExistingLocalAccountOfTheFederatedDomainKeepsItsPasswordLogin() {
        String email = "local.agent@" + FEDERATED_DOMAIN;
        try (Keycloak admin = TestStack.keycloak().admin()) {
            UserRepresentation user = new UserRepresentation();
            user.setUsername("local.agent");
            user.setEmail(email);
            user.setFirstName("Yann");
            user.setLastName("Local");
            user.setEmailVerified(true);
            user.setEnabled(true);
            CredentialRepresentation credential = new CredentialRepresentation();
            credential.setType(CredentialRepresentation.PASSWORD);
            credential.setValue("local-password");
            credential.setTemporary(false);
            user.setCredentials(List.of(credential));
            admin.realm(TestStack.REALM).users().create(user).close();
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(accountConsole());

            page.locator("#username").fill(email);
            page.locator("#kc-login").click();

            page.locator("#password").fill("local-password");
            assertThat(page.url()).contains("/realms/" + TestStack.REALM + "/");
            page.locator("#kc-login").click();
            page.waitForURL(Pattern.compile(Pattern.quote(accountConsole()) + ".*"));
        }
    }

    private static String accountConsole() {
        return TestStack.keycloak().issuer(TestStack.REALM) + "/account";
    }
}
