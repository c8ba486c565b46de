package fr.mutualis.portal.indicator;

import java.math.BigDecimal;
import java.util.Locale;

import fr.mutualis.portal.indicator.Comparison.Distribution;
import org.jspecify.annotations.Nullable;

/**
 * The geometry of a horizontal box plot of the peers' values, with the authority's value marked: the page draws it
 * as SVG from these coordinates (the same figures are in the table beside it).
 *
 * @param min x of the smallest value
 * @param p25 x of the first quartile
 * @param median x of the median
 * @param p75 x of the third quartile
 * @param max x of the largest value
 * @param own x of the authority's value, or null when it has none
 * @param minLabel the smallest value, formatted
 * @param maxLabel the largest value, formatted
 */
public record BoxPlot(int min, int p25, int median, int p75, int max, @Nullable Integer own, String minLabel,
		String maxLabel) {

	static final int WIDTH = 640;

	static final int LEFT = 40;

	static final int RIGHT = WIDTH - 40;

	/** The box plot of a comparison, or null when the group is too small to show a distribution. */
	static @Nullable BoxPlot of(Comparison comparison, Locale locale) {
		Distribution group = comparison.peerGroup();
		if (!group.shown()) {
			return null;
		}
		BigDecimal own = comparison.normalizedValue();
		double low = Math.min(group.min().doubleValue(), (own != null) ? own.doubleValue() : Double.MAX_VALUE);
		double high = Math.max(group.max().doubleValue(), (own != null) ? own.doubleValue() : -Double.MAX_VALUE);
		Scale scale = new Scale(low, high);
		return new BoxPlot(scale.x(group.min()), scale.x(group.p25()), scale.x(group.median()), scale.x(group.p75()),
				scale.x(group.max()), (own != null) ? scale.x(own) : null, Figures.format(group.min(), locale),
				Figures.format(group.max(), locale));
	}

	/** From a value to an x between LEFT and RIGHT. */
	private record Scale(double low, double high) {

		int x(BigDecimal value) {
			double span = (this.high > this.low) ? this.high - this.low : 1;
			return (int) Math.round(LEFT + (value.doubleValue() - this.low) / span * (RIGHT - LEFT));
		}

	}

}
