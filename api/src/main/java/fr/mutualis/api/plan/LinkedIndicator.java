package fr.mutualis.api.plan;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** An indicator of the catalogue (by code) that measures an action, with the value aimed at and the year. */
public record LinkedIndicator(String code, @Nullable BigDecimal target, @Nullable Integer targetYear) {

    public static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]{1,39}$";
}
