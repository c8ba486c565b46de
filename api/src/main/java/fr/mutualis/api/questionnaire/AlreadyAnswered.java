package fr.mutualis.api.questionnaire;

import fr.mutualis.api.shared.web.DomainException;
import org.springframework.http.HttpStatus;

/** This browser already answered this campaign: one answer per browser. */
public class AlreadyAnswered extends DomainException {

    public AlreadyAnswered() {
        super(HttpStatus.CONFLICT, "already-answered", "Already answered",
                "An answer was already recorded from this browser for this questionnaire.");
    }
}
