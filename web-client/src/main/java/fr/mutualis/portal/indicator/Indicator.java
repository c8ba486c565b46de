package fr.mutualis.portal.indicator;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * An indicator of the catalogue, or one of the authority's own ({@code custom}, never compared).
 *
 * @param code its code, e.g. {@code AGENTS_TRAINED}
 * @param name its French name
 * @param nameEn its English name
 * @param unit its unit, e.g. {@code %}
 * @param valueKind {@code PERCENTAGE}, {@code RATIO_AT_LEAST_ONE}, {@code COUNT} or {@code QUANTITY}
 * @param betterWhen {@code HIGHER} or {@code LOWER}
 * @param normalization {@code NONE}, {@code PER_AGENT} or {@code PER_1000_INHABITANTS}
 * @param theme its theme
 * @param definition how it is measured
 * @param source where the value comes from
 * @param custom whether it is the authority's own
 * @param computed whether the platform computes it
 * @param formula how the platform computes it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Indicator(String code, String name, @Nullable String nameEn, String unit, String valueKind,
		String betterWhen, String normalization, String theme, @Nullable String definition, @Nullable String source,
		boolean custom, boolean computed, @Nullable String formula) {

	/** The name in the user's language. */
	public String nameIn(Locale locale) {
		return ("en".equals(locale.getLanguage()) && this.nameEn != null) ? this.nameEn : this.name;
	}

	public boolean lowerIsBetter() {
		return "LOWER".equals(this.betterWhen);
	}

}
