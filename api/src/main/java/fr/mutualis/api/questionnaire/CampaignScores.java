package fr.mutualis.api.questionnaire;

import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantAccess;
import fr.mutualis.api.shared.tenancy.TenantContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Figures computed from anonymous answers, only from 5 answers up. {@link #latestScore} is the module's public entry
 * for the indicators (the knowledge score of an authority's agents or elected officials for a year).
 */
@Service
public class CampaignScores {

    private final Campaigns campaigns;
    private final ResponseRows responses;
    private final Tenancy tenancy;
    private final Clock clock = Clock.systemUTC();

    CampaignScores(Campaigns campaigns, ResponseRows responses, Tenancy tenancy) {
        this.campaigns = campaigns;
        this.responses = responses;
        this.tenancy = tenancy;
    }

    public Mono<CampaignResults> results(TenantAccess access, UUID campaignId) {
        return campaigns.find(access, campaignId).flatMap(campaign -> campaign.answers() < ResponseRows.MINIMUM_ANSWERS
                ? Mono.just(CampaignResults.notEnough(campaign, clock.instant()))
                : tenancy.run(access.context(), () -> figures(campaign)));
    }

    /**
     * The score (0–100) of the authority's latest campaign for this audience that closed in this year (Europe/Paris)
     * with at least 5 answers; empty when there is none. Computed in SQL from the campaign's tally.
     */
    public Mono<LatestScore> latestScore(UUID authorityId, Audience audience, int year) {
        return tenancy.run(new TenantContext(authorityId, "indicators", false),
                () -> responses.latest(authorityId, audience, year))
                .map(found -> new LatestScore(found.campaignId(), audience, year, found.answers(), found.score()));
    }

    /** The latest knowledge score of an authority for an audience and a year. */
    public record LatestScore(UUID campaignId, Audience audience, int year, int answers, BigDecimal score) {
    }

    private Mono<CampaignResults> figures(Campaign campaign) {
        UUID tenant = campaign.authorityId();
        return Mono.zip(responses.averageScore(tenant, campaign.id()),
                        responses.themes(tenant, campaign.id()).collectList(),
                        responses.previous(tenant, campaign.audience(), CampaignRows.utc(campaign.opensAt()))
                                .collectList(),
                        responses.network(campaign.questionnaireId(), campaign.audience()),
                        responses.audienceSize(tenant, campaign.audience()))
                .map(found -> new CampaignResults(campaign.id(), campaign.questionnaireTitle(), campaign.audience(),
                        campaign.opensAt(), campaign.closesAt(), campaign.state(clock.instant()),
                        ResponseRows.MINIMUM_ANSWERS, true, campaign.answers(),
                        rate(campaign.answers(), found.getT5()), found.getT1(), found.getT2(), found.getT3(),
                        found.getT4()));
    }

    private static @Nullable BigDecimal rate(int answers, int size) {
        return size <= 0 ? null : BigDecimal.valueOf(100L * answers).divide(BigDecimal.valueOf(size), 1,
                RoundingMode.HALF_UP);
    }
}
