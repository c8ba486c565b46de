package fr.mutualis.api.questionnaire;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A question of a bank, with the explanation shown after answering, its theme and its source. */
public record Question(UUID id, UUID questionnaireId, int position, QuestionKind kind, String text, String explanation,
        String theme, String source, long version, List<Choice> choices) {

    public Set<UUID> correctChoices() {
        return choices.stream().filter(Choice::correct).map(Choice::id).collect(Collectors.toUnmodifiableSet());
    }

    /** Right when exactly the right choices were chosen. */
    public boolean isRightAnswer(Set<UUID> chosen) {
        return !chosen.isEmpty() && chosen.equals(correctChoices());
    }

    public Question withChoices(List<Choice> all) {
        return new Question(id, questionnaireId, position, kind, text, explanation, theme, source, version, all);
    }
}
