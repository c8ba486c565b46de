package fr.mutualis.portal.indicator;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * An authority's values of an indicator over the years, with its peers' median.
 *
 * @param indicator the indicator's code
 * @param peers the peer group
 * @param points one per year
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Series(String indicator, String peers, List<Point> points) {

	public Series {
		points = (points != null) ? List.copyOf(points) : List.of();
	}

	/**
	 * One year.
	 *
	 * @param year the year
	 * @param value the authority's value
	 * @param normalizedValue the value as compared
	 * @param peerCount how many peers have a shared value
	 * @param peerMedian their median (null under 3)
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Point(int year, @Nullable BigDecimal value, @Nullable BigDecimal normalizedValue, long peerCount,
			@Nullable BigDecimal peerMedian) {
	}

}
