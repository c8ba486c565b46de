package fr.mutualis.api.indicator;

import fr.mutualis.api.shared.web.InvalidField;
import java.math.BigDecimal;

/** What a value measures, and so which values make sense: checked before anything is stored. */
public enum ValueKind {
    PERCENTAGE, RATIO_AT_LEAST_ONE, COUNT, QUANTITY;

    /** Refuses a value this kind cannot take, naming the field. */
    public void check(String field, BigDecimal value) {
        switch (this) {
            case PERCENTAGE -> require(field, value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0,
                    "a percentage must be between 0 and 100");
            case RATIO_AT_LEAST_ONE -> require(field, value.compareTo(BigDecimal.ONE) >= 0, "must be at least 1");
            case COUNT -> require(field, value.signum() >= 0 && value.stripTrailingZeros().scale() <= 0,
                    "a count must be a whole number, not negative");
            case QUANTITY -> require(field, value.signum() >= 0, "must not be negative");
        }
    }

    private static void require(String field, boolean valid, String message) {
        if (!valid) {
            throw new InvalidField(field, message);
        }
    }
}
