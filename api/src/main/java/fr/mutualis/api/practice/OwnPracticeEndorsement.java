package fr.mutualis.api.practice;

import fr.mutualis.api.shared.web.DomainException;
import org.springframework.http.HttpStatus;

/** An authority cannot endorse a practice it wrote itself. */
public class OwnPracticeEndorsement extends DomainException {

    public OwnPracticeEndorsement() {
        super(HttpStatus.CONFLICT, "own-practice", "Own practice",
                "An authority cannot endorse its own practice.");
    }
}
