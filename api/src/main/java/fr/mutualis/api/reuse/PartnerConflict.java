package fr.mutualis.api.reuse;

import fr.mutualis.api.shared.web.DomainException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** Another partner already has this SIRET or client id: 409 naming the field. */
public class PartnerConflict extends DomainException {

    private final String field;

    public PartnerConflict(String field, String detail) {
        super(HttpStatus.CONFLICT, "conflict", "Conflict", detail);
        this.field = field;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("field", field);
    }
}
