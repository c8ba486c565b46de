package fr.mutualis.portal.indicator;

import java.math.BigDecimal;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The figures of a comparison page as CSV (RFC 4180, comma-separated, dot decimals): the peers' statistics of the
 * year, then the series year by year. Column names in the user's language.
 */
final class ComparisonCsv {

	private ComparisonCsv() {
	}

	static String of(Comparison comparison, Series series, Function<String, String> text) {
		StringBuilder csv = new StringBuilder();
		line(csv, text.apply("indicators.csv.indicator"), text.apply("indicators.csv.year"),
				text.apply("indicators.csv.peers"), text.apply("indicators.csv.value"),
				text.apply("indicators.csv.normalizedValue"), text.apply("indicators.csv.count"),
				text.apply("indicators.csv.min"), text.apply("indicators.csv.p25"), text.apply("indicators.csv.median"),
				text.apply("indicators.csv.p75"), text.apply("indicators.csv.max"), text.apply("indicators.csv.mean"),
				text.apply("indicators.csv.rank"), text.apply("indicators.csv.percentile"));
		Comparison.Distribution group = comparison.peerGroup();
		line(csv, comparison.indicator().code(), String.valueOf(comparison.year()), comparison.peers(),
				plain(comparison.value()), plain(comparison.normalizedValue()), String.valueOf(group.count()),
				plain(group.min()), plain(group.p25()), plain(group.median()), plain(group.p75()), plain(group.max()),
				plain(group.mean()), (comparison.rank() != null) ? String.valueOf(comparison.rank()) : "",
				plain(comparison.percentile()));
		csv.append("\r\n");
		line(csv, text.apply("indicators.csv.year"), text.apply("indicators.csv.value"),
				text.apply("indicators.csv.normalizedValue"), text.apply("indicators.csv.count"),
				text.apply("indicators.csv.median"));
		for (Series.Point point : series.points()) {
			line(csv, String.valueOf(point.year()), plain(point.value()), plain(point.normalizedValue()),
					String.valueOf(point.peerCount()), plain(point.peerMedian()));
		}
		return csv.toString();
	}

	private static String plain(@Nullable BigDecimal value) {
		return Figures.plain(value);
	}

	private static void line(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			csv.append((i == 0) ? "" : ",").append(quoted(cells[i]));
		}
		csv.append("\r\n");
	}

	/** A cell quoted when needed; a leading =, +, - or @ is defused so that a spreadsheet never runs it. */
	private static String quoted(String cell) {
		String safe = (!cell.isEmpty() && "=+@".indexOf(cell.charAt(0)) >= 0) ? "'" + cell : cell;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
