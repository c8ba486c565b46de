package fr.mutualis.portal.indicator;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One line of the dashboard: an indicator, its latest value, the value of the year before, and the authority's
 * position among all peers that latest year.
 *
 * @param indicator the indicator
 * @param latest the latest value, or null
 * @param previous the value of the year before the latest, or null
 * @param comparison the position among all peers, or null (custom indicator, or no value)
 */
public record DashboardRow(Indicator indicator, @Nullable Measurement latest, @Nullable Measurement previous,
		@Nullable Comparison comparison) {

	static DashboardRow of(Indicator indicator, List<Measurement> measurements) {
		List<Measurement> mine = measurements.stream()
			.filter((m) -> m.indicator().equals(indicator.code()))
			.sorted(Comparator.comparingInt(Measurement::year).reversed())
			.toList();
		Measurement latest = mine.isEmpty() ? null : mine.getFirst();
		Measurement previous = (latest == null) ? null
				: mine.stream().filter((m) -> m.year() == latest.year() - 1).findFirst().orElse(null);
		return new DashboardRow(indicator, latest, previous, null);
	}

	DashboardRow with(Comparison found) {
		return new DashboardRow(this.indicator, this.latest, this.previous, found);
	}

	/** {@code better}, {@code worse}, {@code same}, or {@code none} without a value the year before. */
	public String trend() {
		if (this.latest == null || this.previous == null) {
			return "none";
		}
		int change = this.latest.value().compareTo(this.previous.value());
		if (change == 0) {
			return "same";
		}
		return ((change < 0) == this.indicator.lowerIsBetter()) ? "better" : "worse";
	}

	public Optional<Measurement> latestValue() {
		return Optional.ofNullable(this.latest);
	}

	/** Whether the position among peers can be shown (3 peers or more). */
	public boolean positioned() {
		return this.comparison != null && this.comparison.rank() != null;
	}

}
