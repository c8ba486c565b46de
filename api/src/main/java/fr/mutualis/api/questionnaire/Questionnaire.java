package fr.mutualis.api.questionnaire;

import java.util.List;
import java.util.UUID;

/** A shared question bank. */
public record Questionnaire(UUID id, String title, String description, long version, List<Question> questions) {

    public Questionnaire withQuestions(List<Question> all) {
        return new Questionnaire(id, title, description, version, all);
    }

    public List<String> themes() {
        return questions.stream().map(Question::theme).distinct().toList();
    }
}
