package fr.mutualis.api.practice;

import fr.mutualis.api.shared.web.DomainException;
import org.springframework.http.HttpStatus;

/** No such practice, or a draft of another authority (deliberately indistinguishable). */
public class PracticeNotFound extends DomainException {

    public PracticeNotFound(String what) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "No " + what + " here, or it is a draft of another authority.");
    }
}
