package fr.mutualis.portal.questionnaire;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A horizontal bar chart of scores out of 100, drawn as SVG by the page (a bar per line, its value written beside it).
 * The page shows the same figures in a table.
 *
 * @param bars the bars, top to bottom
 */
record BarChart(List<Bar> bars) {

	static final int LABEL_WIDTH = 240;

	static final int BAR_SPACE = 300;

	static final int LINE_HEIGHT = 36;

	/** One bar: its label, its score, and where the page draws it. */
	record Bar(String label, BigDecimal score, boolean highlighted, int y) {

		public int width() {
			return Math.max(1, this.score.multiply(BigDecimal.valueOf(BAR_SPACE)).divide(BigDecimal.valueOf(100))
				.intValue());
		}

		public int textX() {
			return LABEL_WIDTH + width() + 8;
		}

	}

	static BarChart of(List<Line> all) {
		List<Line> lines = all.stream().filter((line) -> line.score() != null).toList();
		return new BarChart(java.util.stream.IntStream.range(0, lines.size())
			.mapToObj((i) -> new Bar(lines.get(i).label(), lines.get(i).score(), lines.get(i).highlighted(),
					i * LINE_HEIGHT))
			.toList());
	}

	/** A labelled score to draw. */
	record Line(String label, @Nullable BigDecimal score, boolean highlighted) {
	}

	public int height() {
		return Math.max(LINE_HEIGHT, this.bars.size() * LINE_HEIGHT);
	}

	public int width() {
		return LABEL_WIDTH + BAR_SPACE + 60;
	}

	public int labelWidth() {
		return LABEL_WIDTH;
	}

}
