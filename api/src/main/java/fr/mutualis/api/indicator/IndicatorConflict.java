package fr.mutualis.api.indicator;

import fr.mutualis.api.shared.web.DomainException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** An indicator with this code exists already, or a custom indicator cannot be compared. */
public class IndicatorConflict extends DomainException {

    private final String field;

    public IndicatorConflict(String field, String detail) {
        super(HttpStatus.CONFLICT, "indicator-conflict", "Conflict", detail);
        this.field = field;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", List.of(Map.of("field", field, "message", getMessage())));
    }
}
