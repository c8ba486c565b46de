package fr.mutualis.portal.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The geometry of a time series chart: the authority's values and the peers' median over the years, as lines broken
 * where a year has no value, with a dot per value. The page draws it as SVG; the table beside it has the figures.
 *
 * @param own the authority's lines ({@code points} of an SVG polyline)
 * @param ownDots the authority's dots
 * @param median the median's lines
 * @param medianDots the median's dots
 * @param years the years with their x, for the axis
 * @param topLabel the largest value on the chart
 */
public record SeriesChart(List<String> own, List<Dot> ownDots, List<String> median, List<Dot> medianDots, List<Dot> years,
		String topLabel) {

	static final int WIDTH = 640;

	static final int HEIGHT = 240;

	private static final int LEFT = 50;

	private static final int RIGHT = WIDTH - 20;

	private static final int TOP = 20;

	private static final int BOTTOM = HEIGHT - 40;

	/**
	 * A dot of the chart.
	 *
	 * @param x its x
	 * @param y its y
	 * @param label what it shows
	 */
	public record Dot(int x, int y, String label) {
	}

	/** The chart of a series, or null when no year has any value. */
	static @Nullable SeriesChart of(Series series, java.util.Locale locale) {
		List<Series.Point> points = series.points();
		double top = points.stream()
			.flatMap((point) -> java.util.stream.Stream.of(point.normalizedValue(), point.peerMedian()))
			.filter(Objects::nonNull)
			.mapToDouble(BigDecimal::doubleValue)
			.max()
			.orElse(-1);
		if (top < 0 || points.isEmpty()) {
			return null;
		}
		double ceiling = (top > 0) ? top : 1;
		Function<Integer, Integer> x = (index) -> (points.size() == 1) ? (LEFT + RIGHT) / 2
				: LEFT + index * (RIGHT - LEFT) / (points.size() - 1);
		Function<BigDecimal, Integer> y = (value) -> (int) Math.round(BOTTOM - value.doubleValue() / ceiling * (BOTTOM - TOP));
		List<Dot> years = new ArrayList<>();
		for (int i = 0; i < points.size(); i++) {
			years.add(new Dot(x.apply(i), HEIGHT - 15, String.valueOf(points.get(i).year())));
		}
		Line own = Line.of(points, Series.Point::normalizedValue, x, y, locale);
		Line median = Line.of(points, Series.Point::peerMedian, x, y, locale);
		return new SeriesChart(own.segments(), own.dots(), median.segments(), median.dots(), years,
				Figures.format(BigDecimal.valueOf(ceiling), locale));
	}

	/** One line of the chart: polylines between consecutive years with values, and a dot per value. */
	private record Line(List<String> segments, List<Dot> dots) {

		static Line of(List<Series.Point> points, Function<Series.Point, @Nullable BigDecimal> value,
				Function<Integer, Integer> x, Function<BigDecimal, Integer> y, java.util.Locale locale) {
			List<String> segments = new ArrayList<>();
			List<Dot> dots = new ArrayList<>();
			StringBuilder current = new StringBuilder();
			for (int i = 0; i < points.size(); i++) {
				BigDecimal v = value.apply(points.get(i));
				if (v == null) {
					flush(current, segments);
					continue;
				}
				Dot dot = new Dot(x.apply(i), y.apply(v), Figures.format(v, locale));
				dots.add(dot);
				current.append(current.isEmpty() ? "" : " ").append(dot.x()).append(',').append(dot.y());
			}
			flush(current, segments);
			return new Line(segments, dots);
		}

		private static void flush(StringBuilder current, List<String> segments) {
			if (current.indexOf(" ") > 0) {
				segments.add(current.toString());
			}
			current.setLength(0);
		}

	}

}
