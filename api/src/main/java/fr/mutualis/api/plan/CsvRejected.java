package fr.mutualis.api.plan;

import fr.mutualis.api.shared.web.DomainException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A CSV file with at least one error: nothing was imported; every error is listed with its line and column. */
public class CsvRejected extends DomainException {

    private final List<PlanCsv.RowError> errors;

    public CsvRejected(List<PlanCsv.RowError> errors) {
        super(HttpStatus.BAD_REQUEST, "invalid-csv", "Invalid CSV file",
                errors.size() + " error(s) in the file; nothing was imported.");
        this.errors = List.copyOf(errors);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors.stream().map(error -> Map.of("field", "line " + error.line() + ": "
                + error.field(), "message", error.message(), "line", error.line())).toList());
    }
}
