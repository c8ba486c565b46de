package fr.mutualis.api.questionnaire;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The results of a campaign. Below {@link #minimumAnswers} answers, {@code enoughAnswers} is false and no figure is
 * given at all (no count, no score, no theme, no comparison): a handful of answers could be traced back to people.
 */
public record CampaignResults(UUID campaignId, String questionnaireTitle, Audience audience, Instant opensAt,
        Instant closesAt, Campaign.State state, int minimumAnswers, boolean enoughAnswers, @Nullable Integer answers,
        @Nullable BigDecimal participationRate, @Nullable BigDecimal score, List<ThemeScore> themes,
        List<PastCampaign> previousCampaigns, @Nullable NetworkMedian network) {

    /** The fewest answers from which a campaign shows figures (the SQL and the row-level security policy say 5 too). */
    public static final int MINIMUM_ANSWERS = 5;

    /** Share of right answers (0–100) to the questions of one theme. */
    public record ThemeScore(String theme, BigDecimal score, int questions) {
    }

    /** An earlier campaign of the same authority and audience that reached the threshold. */
    public record PastCampaign(UUID campaignId, Instant closesAt, int answers, BigDecimal score) {
    }

    /** The median score of the network's campaigns on the same questionnaire; null below 3 campaigns. */
    public record NetworkMedian(int campaigns, @Nullable BigDecimal median) {
    }

    static CampaignResults notEnough(Campaign campaign, Instant now) {
        return new CampaignResults(campaign.id(), campaign.questionnaireTitle(), campaign.audience(),
                campaign.opensAt(), campaign.closesAt(), campaign.state(now), ResponseRows.MINIMUM_ANSWERS, false,
                null, null, null, List.of(), List.of(), null);
    }
}
