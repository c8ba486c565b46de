package fr.mutualis.api.reuse;

import fr.mutualis.api.shared.web.DomainException;
import org.springframework.http.HttpStatus;

/** No such lot, partner or service here, or (indistinguishably) one the caller may not see: 404. */
public class ReuseNotFound extends DomainException {

    public ReuseNotFound(String what) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", "No " + what + " here, or it is not yours to see.");
    }
}
