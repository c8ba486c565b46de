package fr.mutualis.api.shared.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** One input value that the api cannot use, found after binding (a cursor, a parent that does not exist…): a 400. */
public class InvalidField extends DomainException {

    private final String field;

    public InvalidField(String field, String message) {
        super(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", message);
        this.field = field;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", List.of(Map.of("field", field, "message", getMessage())));
    }
}
