package fr.mutualis.api.authority;

import fr.mutualis.api.shared.web.DomainException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** Another authority already has this slug, SIREN or e-mail domain. */
public class AuthorityConflict extends DomainException {

    private final String field;

    public AuthorityConflict(String field, String detail) {
        super(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("field", field);
    }
}
