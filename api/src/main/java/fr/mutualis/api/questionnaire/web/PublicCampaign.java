package fr.mutualis.api.questionnaire.web;

import fr.mutualis.api.questionnaire.Audience;
import fr.mutualis.api.questionnaire.Campaign;
import fr.mutualis.api.questionnaire.CampaignAnswers;
import fr.mutualis.api.questionnaire.Choice;
import fr.mutualis.api.questionnaire.Question;
import fr.mutualis.api.questionnaire.QuestionKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** The questionnaire shown to an anonymous respondent: never the right answers nor the explanations before answering. */
record PublicCampaign(String authorityName, String questionnaireTitle, Audience audience, Instant opensAt,
        Instant closesAt, Campaign.State state, List<PublicQuestion> questions) {

    record PublicQuestion(UUID id, int position, QuestionKind kind, String text, String theme,
            List<PublicChoice> choices) {
    }

    record PublicChoice(UUID id, String label) {
    }

    static PublicCampaign of(CampaignAnswers.OpenCampaign found) {
        Campaign campaign = found.campaign();
        return new PublicCampaign(campaign.authorityName(), campaign.questionnaireTitle(), campaign.audience(),
                campaign.opensAt(), campaign.closesAt(), found.state(), found.questions().stream()
                .map(question -> new PublicQuestion(question.id(), question.position(), question.kind(),
                        question.text(), question.theme(), question.choices().stream()
                        .map(choice -> new PublicChoice(choice.id(), choice.label())).toList()))
                .toList());
    }

    /** What the respondent sees after answering: right or wrong, the right choices, the explanation and source. */
    record Correction(BigDecimal score, List<Corrected> questions) {

        record Corrected(UUID id, int position, String text, String theme, boolean correct, List<UUID> rightChoiceIds,
                List<String> rightChoices, String explanation, String source) {
        }

        static Correction of(CampaignAnswers.Marked marked) {
            return new Correction(marked.score(), IntStream.range(0, marked.questions().size())
                    .mapToObj(index -> corrected(marked.questions().get(index), marked.marks().get(index))).toList());
        }

        private static Corrected corrected(Question question, boolean correct) {
            List<Choice> right = question.choices().stream().filter(Choice::correct).toList();
            return new Corrected(question.id(), question.position(), question.text(), question.theme(), correct,
                    right.stream().map(Choice::id).toList(), right.stream().map(Choice::label).toList(),
                    question.explanation(), question.source());
        }
    }
}
