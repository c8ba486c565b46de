package fr.mutualis.portal.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import fr.mutualis.stack.DemoData;
import fr.mutualis.stack.TestStack;
import org.junit.jupiter.api.Test;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The demo questionnaire, seeded through the real api: a bank of at least 15 questions, each with an explanation, a
 * theme and a source, and a campaign of the Région Bretagne whose results show.
 */
class DemoQuestionnairesIntegrationTests {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() {
	};

	@Test
	@SuppressWarnings("unchecked")
	void theDemoBankAndABretagneCampaignWithResults() {
		DemoData demo = new DemoData(TestStack.api(), TestStack.keycloak());
		demo.seed();
		assertThat(demo.seed()).as("a second run changes nothing").isEmpty();

		String admin = TestStack.accessToken("admin.bretagne");
		List<Map<String, Object>> banks = (List<Map<String, Object>>) get("/api/v1/questionnaires?limit=200", admin)
			.get("items");
		Object bankId = banks.stream().filter((bank) -> bank.get("title").toString().startsWith("Numérique responsable"))
			.findFirst().orElseThrow().get("id");
		List<Map<String, Object>> questions = (List<Map<String, Object>>) get("/api/v1/questionnaires/" + bankId, admin)
			.get("questions");
		assertThat(questions).hasSizeGreaterThanOrEqualTo(15).allSatisfy((question) -> assertThat(question)
			.containsKeys("explanation", "theme", "source").extractingByKey("source").asString().isNotBlank());

		List<Map<String, Object>> campaigns = (List<Map<String, Object>>) get(
				"/api/v1/authorities/region-bretagne/campaigns", admin).get("items");
		Map<String, Object> campaign = campaigns.stream()
			.filter((found) -> bankId.equals(found.get("questionnaireId")) && Boolean.TRUE.equals(found.get("enoughAnswers")))
			.findFirst().orElseThrow();
		Map<String, Object> results = get("/api/v1/authorities/region-bretagne/campaigns/" + campaign.get("id")
				+ "/results", TestStack.accessToken("viewer.bretagne"));
		assertThat(results.get("enoughAnswers")).isEqualTo(true);
		assertThat((List<?>) results.get("themes")).hasSizeGreaterThanOrEqualTo(5);
	}

	private static Map<String, Object> get(String path, String token) {
		return WebTestClient.bindToServer().baseUrl(TestStack.api().toString()).responseTimeout(Duration.ofSeconds(30))
			.build().get().uri(path).headers((headers) -> headers.setBearerAuth(token))
			.exchange().expectStatus().isOk().expectBody(JSON).returnResult().getResponseBody();
	}

}
