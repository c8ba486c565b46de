package fr.mutualis.api.questionnaire;

import fr.mutualis.api.shared.web.DomainException;
import org.springframework.http.HttpStatus;

/** No questionnaire, question or campaign at this address (or the campaign belongs to another authority). */
public class QuestionnaireNotFound extends DomainException {

    public QuestionnaireNotFound(String what) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", "No " + what + " at this address.");
    }
}
