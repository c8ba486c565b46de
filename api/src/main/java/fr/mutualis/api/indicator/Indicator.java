package fr.mutualis.api.indicator;

import org.jspecify.annotations.Nullable;

/**
 * An indicator: one of the shared catalogue, or a custom one of a single authority ({@code custom}, never compared).
 * {@code formula} is set when the platform computes it.
 */
public record Indicator(String code, String nameFr, String nameEn, String unit, ValueKind valueKind,
        String betterWhen, String normalization, String theme, String definition, String source, boolean custom,
        @Nullable String formula) {

    public boolean computed() {
        return formula != null;
    }

    Indicator withFormula(@Nullable String computedBy) {
        return new Indicator(code, nameFr, nameEn, unit, valueKind, betterWhen, normalization, theme, definition,
                source, custom, computedBy);
    }
}
