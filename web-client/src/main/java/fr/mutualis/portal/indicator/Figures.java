package fr.mutualis.portal.indicator;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Numbers as people read them in their language: at most two decimals, a dash when there is none. Pages get one as
 * the model attribute {@code figures}.
 */
public final class Figures {

	static final String NONE = "—";

	private final Locale locale;

	Figures(Locale locale) {
		this.locale = locale;
	}

	/** The number in the page's language. */
	public String format(@Nullable BigDecimal value) {
		return format(value, this.locale);
	}

	static String format(@Nullable BigDecimal value, Locale locale) {
		if (value == null) {
			return NONE;
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

	/** A plain number for CSV files and SVG coordinates: a dot, no grouping. */
	static String plain(@Nullable BigDecimal value) {
		return (value == null) ? "" : value.stripTrailingZeros().toPlainString();
	}

}
