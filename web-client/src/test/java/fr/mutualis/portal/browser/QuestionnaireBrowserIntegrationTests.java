package fr.mutualis.portal.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.mutualis.stack.Browsers;
import fr.mutualis.stack.TestData;
import fr.mutualis.stack.TestStack;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A campaign end to end in the system Chromium: an administrator (here the platform operator) opens it in the portal,
 * anonymous browsers answer through the shared link without signing in, and the results show from the fifth answer;
 * axe-core on every page.
 */
class QuestionnaireBrowserIntegrationTests extends PortalBrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anAdministratorOpensACampaignAnonymousBrowsersAnswerAndResultsShowFromTheFifthAnswer() throws Exception {
        String slug = "questionnaires-" + UUID.randomUUID().toString().substring(0, 8);
        String bank = anAuthorityAndABank(slug);
        signInAsOperator();

        // The shared banks, then one bank with its answers and sources.
        page.navigate(portal() + "/questionnaires");
        Browsers.assertAccessible(page);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Banque du test de navigateur")).first()
                .click();
        assertThat(page.locator("main")).containsText("Décret n° 2023-266");
        Browsers.assertAccessible(page);

        page.navigate(portal() + "/collectivites/" + slug + "/campagnes");
        assertThat(page.locator("h1")).containsText("Les campagnes de questionnaires");
        Browsers.assertAccessible(page);
        page.getByLabel("Questionnaire").selectOption(bank);
        page.getByLabel("Agents").check();
        page.getByLabel("Dernier jour").fill("");
        submit("Lancer la campagne");
        assertThat(page.locator(".error-summary")).containsText("Indiquez une date");
        assertThat(page.getByLabel("Dernier jour")).hasAttribute("aria-invalid", "true");
        Browsers.assertAccessible(page);
        page.getByLabel("Dernier jour").fill(java.time.LocalDate.now().plusDays(20).toString());
        submit("Lancer la campagne");
        assertThat(page.locator(".notice")).containsText("La campagne est créée.");
        Browsers.assertAccessible(page);
        String answerPath = page.locator("a.share-link").first().getAttribute("href");
        String results = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Voir les résultats"))
                .first().getAttribute("href");

        for (int respondent = 1; respondent <= 4; respondent++) {
            answerAnonymously(answerPath, respondent <= 2, respondent == 1);
        }
        page.navigate(portal() + results);
        assertThat(page.locator(".notice")).containsText("Pas encore assez de réponses");
        assertThat(page.locator("main svg")).hasCount(0);
        Browsers.assertAccessible(page);

        answerAnonymously(answerPath, false, false);
        page.navigate(portal() + results);
        assertThat(page.locator("main")).containsText("5 réponses");
        assertThat(page.locator("main svg")).hasCount(2);
        assertThat(page.locator("#themes-tableau")).isVisible();
        assertThat(page.locator("main table").first()).containsText("Réemploi");
        Browsers.assertAccessible(page);
    }

    /** A new browser, with no cookie and no sign-in, answers; the first one also tries a second time. */
    private void answerAnonymously(String answerPath, boolean allRight, boolean tryTwice) {
        try (BrowserContext visitor = page.context().browser().newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setLocale("fr-FR"))) {
            Page anonymous = visitor.newPage();
            anonymous.navigate(portal() + answerPath);
            assertThat(anonymous.locator("h1")).hasText("Banque du test de navigateur");
            assertThat(anonymous.getByText("Se connecter")).isVisible();
            if (tryTwice) {
                Browsers.assertAccessible(anonymous);
            }
            anonymous.getByLabel(allRight ? "Cinquante pour cent" : "Vingt-cinq pour cent").check();
            anonymous.getByLabel("Le recto verso").check();
            // The first answer warms up the portal and the api on a shared, busy CPU: more than the default 30 s.
            anonymous.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mes réponses"))
                    .click(new com.microsoft.playwright.Locator.ClickOptions().setTimeout(120_000));
            assertThat(anonymous.locator("h1")).hasText("Merci, vos réponses sont enregistrées");
            assertThat(anonymous.locator("main")).containsText("Le décret fixe 50 % à partir de 2025.");
            if (tryTwice) {
                Browsers.assertAccessible(anonymous);
                anonymous.navigate(portal() + answerPath);
                anonymous.getByLabel("Cinquante pour cent").check();
                anonymous.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer mes réponses")).click();
                assertThat(anonymous.locator(".error-summary")).containsText("Vous avez déjà répondu");
                Browsers.assertAccessible(anonymous);
            }
        }
    }

    /** An authority and a two-question bank, made through the api by the operator; the bank's id. */
    private static String anAuthorityAndABank(String slug) throws Exception {
        String operator = TestStack.accessToken("operator");
        call(operator, "/api/v1/authorities", Map.of("slug", slug, "name", "Collectivité " + slug, "kind", "COMMUNE",
                "siren", TestData.siren(), "agents", 120, "regionCode", "53", "departmentCode", "29"));
        String bank = call(operator, "/api/v1/questionnaires", Map.of("title", "Banque du test de navigateur"))
                .path("id").asText();
        call(operator, "/api/v1/questionnaires/" + bank + "/questions", Map.of("kind", "SINGLE", "theme", "Réemploi",
                "text", "Quelle part du matériel réformé va au réemploi à partir de 2025 ?",
                "explanation", "Le décret fixe 50 % à partir de 2025.", "source", "Décret n° 2023-266",
                "choices", List.of(Map.of("label", "Vingt-cinq pour cent", "correct", false),
                        Map.of("label", "Cinquante pour cent", "correct", true))));
        call(operator, "/api/v1/questionnaires/" + bank + "/questions", Map.of("kind", "MULTIPLE", "theme", "Impression",
                "text", "Quels réglages réduisent les impressions ?", "explanation", "Moins de papier et d'encre.",
                "source", "Plan Numérique responsable de la Région Bretagne",
                "choices", List.of(Map.of("label", "Le recto verso", "correct", true),
                        Map.of("label", "Le noir et blanc", "correct", true), Map.of("label", "La couleur", "correct", false))));
        return bank;
    }

    private static JsonNode call(String token, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(TestStack.api().resolve(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new AssertionError("POST " + path + " answered " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    private void submit(String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
        page.waitForLoadState();
    }

    private void signInAsOperator() {
        page.navigate(portal() + "/compte");
        signInOnKeycloak("operator", TestStack.DEMO_PASSWORD);
        assertThat(page).hasURL(portal() + "/compte");
    }
}
