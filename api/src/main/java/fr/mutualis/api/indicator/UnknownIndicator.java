package fr.mutualis.api.indicator;

import fr.mutualis.api.shared.web.DomainException;
import org.springframework.http.HttpStatus;

/** No indicator with this code in the catalogue, nor among the authority's own. */
public class UnknownIndicator extends DomainException {

    public UnknownIndicator(String code) {
        super(HttpStatus.NOT_FOUND, "not-found", "Not found", "No indicator " + code + " here.");
    }
}
