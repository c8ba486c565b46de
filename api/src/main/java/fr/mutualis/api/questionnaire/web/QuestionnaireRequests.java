package fr.mutualis.api.questionnaire.web;

import fr.mutualis.api.questionnaire.QuestionDraft;
import fr.mutualis.api.questionnaire.QuestionKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The bodies the operator sends to write question banks. */
final class QuestionnaireRequests {

    private QuestionnaireRequests() {
    }

    /** {@code POST /api/v1/questionnaires}, and {@code PATCH} with any field left out. */
    record BankRequest(@Nullable @Size(min = 3, max = 200) String title,
            @Nullable @Size(max = 2000) String description) {
    }

    record ChoiceRequest(@NotBlank @Size(max = 500) String label, boolean correct) {
    }

    /** {@code POST .../questions} and {@code PUT .../questions/{questionId}}. */
    record QuestionRequest(@NotNull QuestionKind kind, @NotBlank @Size(min = 3, max = 1000) String text,
            @NotBlank @Size(min = 3, max = 3000) String explanation, @NotBlank @Size(min = 2, max = 80) String theme,
            @NotBlank @Size(min = 2, max = 500) String source,
            @NotNull @Size(min = 2, max = 10) List<@Valid @NotNull ChoiceRequest> choices) {

        QuestionDraft toDraft() {
            return new QuestionDraft(kind, text.strip(), explanation.strip(), theme.strip(), source.strip(),
                    choices.stream().map(choice -> new QuestionDraft.ChoiceDraft(choice.label().strip(),
                            choice.correct())).toList());
        }
    }
}
