package fr.mutualis.api.indicator.web;

import fr.mutualis.api.indicator.Indicator;
import fr.mutualis.api.indicator.ValueKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/indicators} (operator: catalogue codes, never starting with X_) and
 * {@code POST /api/v1/authorities/{slug}/indicators} (custom codes, always starting with X_).
 */
record IndicatorRequest(
        @NotBlank @Pattern(regexp = "^[A-Z][A-Z0-9_]{1,39}$", message = "upper-case letters, digits and _ only")
        String code,
        @NotBlank @Size(min = 2, max = 200) String name,
        @Nullable @Size(min = 2, max = 200) String nameEn,
        @NotBlank @Size(max = 60) String unit,
        @NotNull ValueKind valueKind,
        @NotNull @Pattern(regexp = "HIGHER|LOWER", message = "must be HIGHER or LOWER") String betterWhen,
        @Nullable @Pattern(regexp = "NONE|PER_AGENT|PER_1000_INHABITANTS",
                message = "must be NONE, PER_AGENT or PER_1000_INHABITANTS") String normalization,
        @NotNull @Pattern(regexp = "PROCUREMENT|LIFE_CYCLE|ECO_DESIGN|AWARENESS|INCLUSION|TERRITORY|INFRASTRUCTURE",
                message = "must be one of PROCUREMENT, LIFE_CYCLE, ECO_DESIGN, AWARENESS, INCLUSION, TERRITORY, "
                        + "INFRASTRUCTURE") String theme,
        @Nullable @Size(max = 2000) String definition,
        @Nullable @Size(max = 500) String source) {

    Indicator toIndicator(boolean custom) {
        return new Indicator(code, name.strip(), nameEn == null ? name.strip() : nameEn.strip(), unit.strip(),
                valueKind, betterWhen, custom || normalization == null ? "NONE" : normalization, theme,
                definition == null ? "" : definition.strip(), source == null ? "" : source.strip(), custom, null);
    }
}
