package fr.mutualis.portal.questionnaire;

import fr.mutualis.portal.questionnaire.QuestionnaireViews.Bank;
import fr.mutualis.portal.questionnaire.QuestionnaireViews.BankDetail;
import fr.mutualis.portal.questionnaire.QuestionnaireViews.Campaign;
import fr.mutualis.portal.questionnaire.QuestionnaireViews.Results;
import fr.mutualis.portal.shared.api.ApiPage;
import fr.mutualis.portal.shared.api.ApiPath;
import fr.mutualis.portal.shared.api.MutualisApi;
import fr.mutualis.portal.authority.Authority;
import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import reactor.core.publisher.Mono;

/** The api's questionnaire routes, called as the signed-in user. Each controller makes one: it only holds the client. */
class QuestionnairesApi {

	private static final ParameterizedTypeReference<ApiPage<Bank>> BANKS = new ParameterizedTypeReference<>() {
	};

	private static final ParameterizedTypeReference<ApiPage<Campaign>> CAMPAIGNS = new ParameterizedTypeReference<>() {
	};

	private final MutualisApi api;

	QuestionnairesApi(MutualisApi api) {
		this.api = api;
	}

	Mono<ApiPage<Bank>> banks(OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/questionnaires").query("limit", 200), BANKS, user);
	}

	Mono<BankDetail> bank(String id, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/questionnaires/{id}", id), BankDetail.class, user);
	}

	Mono<ApiPage<Campaign>> campaigns(String slug, @Nullable String cursor, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/authorities/{slug}/campaigns", slug).query("cursor", cursor), CAMPAIGNS,
				user);
	}

	Mono<Campaign> create(String slug, Object body, OAuth2AuthorizedClient user) {
		return this.api.post(ApiPath.of("/api/v1/authorities/{slug}/campaigns", slug), body, Campaign.class, user)
			.map((created) -> created.body());
	}

	Mono<Results> results(String slug, String campaignId, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/authorities/{slug}/campaigns/{id}/results", slug, campaignId),
				Results.class, user);
	}

	Mono<Authority> authority(String slug, OAuth2AuthorizedClient user) {
		return this.api.get(ApiPath.of("/api/v1/authorities/{slug}", slug), Authority.class, user);
	}

}
