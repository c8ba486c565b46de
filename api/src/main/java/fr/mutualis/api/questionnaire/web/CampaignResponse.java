package fr.mutualis.api.questionnaire.web;

import fr.mutualis.api.questionnaire.Audience;
import fr.mutualis.api.questionnaire.Campaign;
import fr.mutualis.api.questionnaire.CampaignResults;
import fr.mutualis.api.questionnaire.QuestionnaireProperties;
import java.time.Instant;
import java.util.UUID;

/**
 * A campaign as its authority's members see it, with the anonymous answer link to share. The number of answers is
 * not given; {@code enoughAnswers} says whether the results show figures yet.
 */
record CampaignResponse(UUID id, UUID questionnaireId, String questionnaireTitle, Audience audience, Instant opensAt,
        Instant closesAt, Campaign.State state, String answerLink, String linkToken, boolean enoughAnswers) {

    static CampaignResponse of(Campaign campaign, QuestionnaireProperties properties) {
        return new CampaignResponse(campaign.id(), campaign.questionnaireId(), campaign.questionnaireTitle(),
                campaign.audience(), campaign.opensAt(), campaign.closesAt(), campaign.state(Instant.now()),
                properties.answerLink(campaign.linkToken()), campaign.linkToken(),
                campaign.answers() >= CampaignResults.MINIMUM_ANSWERS);
    }
}
