package fr.mutualis.api.questionnaire;

import fr.mutualis.api.shared.web.InvalidField;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What one browser answered: the chosen choices per question. A question left unanswered counts as wrong; a choice
 * that does not belong to its question, or two choices on a single-choice question, is invalid input.
 */
public record AnswerSheet(Map<UUID, Set<UUID>> chosen) {

    /** Whether each question of the questionnaire was answered right, in the questionnaire's order. */
    public List<Boolean> mark(List<Question> questions) {
        Set<UUID> known = questions.stream().map(Question::id).collect(Collectors.toSet());
        chosen.keySet().stream().filter(id -> !known.contains(id)).findFirst().ifPresent(id -> {
            throw new InvalidField("answers", "Question " + id + " is not part of this questionnaire.");
        });
        return questions.stream().map(this::mark).toList();
    }

    public static BigDecimal score(List<Boolean> marks) {
        long right = marks.stream().filter(Boolean::booleanValue).count();
        return BigDecimal.valueOf(100 * right).divide(BigDecimal.valueOf(marks.size()), 2, RoundingMode.HALF_UP);
    }

    private boolean mark(Question question) {
        Set<UUID> answer = chosen.getOrDefault(question.id(), Set.of());
        Set<UUID> choices = question.choices().stream().map(Choice::id).collect(Collectors.toSet());
        if (!choices.containsAll(answer)) {
            throw new InvalidField("answers", "A choice does not belong to question " + question.position() + ".");
        }
        if (question.kind() == QuestionKind.SINGLE && answer.size() > 1) {
            throw new InvalidField("answers", "Question " + question.position() + " takes one choice only.");
        }
        return question.isRightAnswer(answer);
    }
}
