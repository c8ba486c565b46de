package fr.mutualis.api.plan;

import fr.mutualis.api.shared.web.DomainException;
import org.springframework.http.HttpStatus;

/** No such plan, action or practice, or (indistinguishably) a draft of another authority. */
public class PlanNotFound extends DomainException {

    public PlanNotFound(String what) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found",
                "No " + what + " here, or it belongs to another authority and is not published.");
    }
}
