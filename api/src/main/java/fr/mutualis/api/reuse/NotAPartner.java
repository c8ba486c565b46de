package fr.mutualis.api.reuse;

import fr.mutualis.api.shared.web.DomainException;
import org.springframework.http.HttpStatus;

/** A client-credentials token of a client that is not a registered partner, or a partner acting for another: 403. */
public class NotAPartner extends DomainException {

    public NotAPartner(String detail) {
        super(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }
}
