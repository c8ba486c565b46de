package fr.mutualis.api.reuse;

import fr.mutualis.api.shared.web.DomainException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A move the lot's current status does not allow (including losing a race for it): 409. */
public class LotConflict extends DomainException {

    private final String current;

    public LotConflict(LotStatus current, String detail) {
        super(HttpStatus.CONFLICT, "lot-conflict", "Conflict", detail);
        this.current = current.name();
    }

    public static LotConflict move(LotStatus current, LotStatus target) {
        return new LotConflict(current, "This lot is " + current + ": it cannot become " + target + ".");
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("currentStatus", current);
    }
}
