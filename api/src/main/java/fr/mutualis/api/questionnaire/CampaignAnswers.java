package fr.mutualis.api.questionnaire;

import fr.mutualis.api.shared.tenancy.Tenancy;
import fr.mutualis.api.shared.tenancy.TenantContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Anonymous answering through a campaign's secret link. No caller, no personal data: the browser sends a random token
 * of its own, of which only a hash salted with the campaign id is kept, to refuse a second answer from it.
 */
@Service
public class CampaignAnswers {

    private static final String ANONYMOUS = "anonymous";

    private final CampaignRows campaigns;
    private final QuestionnaireRows questionnaires;
    private final ResponseRows responses;
    private final Tenancy tenancy;
    private final Clock clock;

    CampaignAnswers(CampaignRows campaigns, QuestionnaireRows questionnaires, ResponseRows responses, Tenancy tenancy) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.tenancy = tenancy;
        this.clock = Clock.systemUTC();
    }

    /** The campaign behind a link, with its questions (the caller decides what of them to show). */
    public Mono<OpenCampaign> open(String linkToken) {
        return tenancy.run(new TenantContext(null, ANONYMOUS, false), () -> campaigns.findByLink(linkToken)
                        .flatMap(campaign -> questionnaires.questions(campaign.questionnaireId()).collectList()
                                .map(questions -> new OpenCampaign(campaign, campaign.state(clock.instant()),
                                        questions))))
                .switchIfEmpty(Mono.error(() -> new QuestionnaireNotFound("questionnaire")));
    }

    /** Records the answers if the campaign is open and this browser has not answered yet; the marked answers. */
    public Mono<Marked> answer(String linkToken, String respondentToken, AnswerSheet sheet) {
        return open(linkToken).flatMap(found -> {
            Campaign campaign = found.campaign();
            if (found.state() != Campaign.State.OPEN) {
                return Mono.error(new CampaignNotOpen(found.state(), campaign.opensAt(), campaign.closesAt()));
            }
            List<Boolean> marks = sheet.mark(found.questions());
            Marked marked = new Marked(found.questions(), marks, AnswerSheet.score(marks));
            return tenancy.run(new TenantContext(campaign.authorityId(), ANONYMOUS, false),
                            () -> record(campaign, respondentHash(campaign.id(), respondentToken), marked))
                    .onErrorMap(DataIntegrityViolationException.class, duplicate -> new AlreadyAnswered())
                    .thenReturn(marked);
        });
    }

    private Mono<Void> record(Campaign campaign, byte[] respondent, Marked marked) {
        UUID responseId = UUID.randomUUID();
        UUID tenant = campaign.authorityId();
        return responses.insertResponse(tenant, responseId, campaign.id(), respondent, marked.score())
                .thenMany(Flux.range(0, marked.questions().size()).concatMap(index -> responses.insertAnswer(tenant,
                        responseId, marked.questions().get(index).id(), marked.marks().get(index))))
                .then();
    }

    /** SHA-256 of the campaign id and the browser's token: the same browser cannot be linked across campaigns. */
    static byte[] respondentHash(UUID campaignId, String respondentToken) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest((campaignId + ":" + respondentToken).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A campaign reached by its link, its state now, and its questions with their right answers. */
    public record OpenCampaign(Campaign campaign, Campaign.State state, List<Question> questions) {
    }

    /** The answers marked: right or wrong per question, in order, and the score over 100. */
    public record Marked(List<Question> questions, List<Boolean> marks, java.math.BigDecimal score) {
    }
}
