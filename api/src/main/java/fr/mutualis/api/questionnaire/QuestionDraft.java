package fr.mutualis.api.questionnaire;

import fr.mutualis.api.shared.web.InvalidField;
import java.util.List;

/** What the operator writes for a question; {@link #check()} enforces what a single field cannot say. */
public record QuestionDraft(QuestionKind kind, String text, String explanation, String theme, String source,
        List<ChoiceDraft> choices) {

    public record ChoiceDraft(String label, boolean correct) {
    }

    public QuestionDraft check() {
        long right = choices.stream().filter(ChoiceDraft::correct).count();
        if (right == 0) {
            throw new InvalidField("choices", "At least one choice must be marked correct.");
        }
        if (kind == QuestionKind.SINGLE && right > 1) {
            throw new InvalidField("choices", "A single-choice question has exactly one correct choice.");
        }
        return this;
    }
}
