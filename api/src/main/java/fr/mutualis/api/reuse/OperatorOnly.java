package fr.mutualis.api.reuse;

import fr.mutualis.api.shared.web.DomainException;
import org.springframework.http.HttpStatus;

/** An action reserved to the platform operator: 403. */
public class OperatorOnly extends DomainException {

    public OperatorOnly() {
        super(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Only the platform operator may do this.");
    }
}
