package fr.mutualis.api.indicator.web;

import fr.mutualis.api.indicator.Indicator;
import fr.mutualis.api.indicator.ValueKind;
import org.jspecify.annotations.Nullable;

/** An indicator of the catalogue or a custom one; {@code name} is French, {@code nameEn} English. */
record IndicatorResponse(String code, String name, String nameEn, String unit, ValueKind valueKind, String betterWhen,
        String normalization, String theme, String definition, String source, boolean custom, boolean computed,
        @Nullable String formula) {

    static IndicatorResponse of(Indicator indicator) {
        return new IndicatorResponse(indicator.code(), indicator.nameFr(), indicator.nameEn(), indicator.unit(),
                indicator.valueKind(), indicator.betterWhen(), indicator.normalization(), indicator.theme(),
                indicator.definition(), indicator.source(), indicator.custom(), indicator.computed(),
                indicator.formula());
    }
}
