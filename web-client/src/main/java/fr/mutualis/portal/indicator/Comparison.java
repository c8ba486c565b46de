package fr.mutualis.portal.indicator;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * An authority among its peers for an indicator and a year, as the api computes it.
 *
 * @param indicator the indicator
 * @param year the year
 * @param peers the peer group: {@code KIND}, {@code REGION}, {@code POPULATION_BAND} or {@code ALL}
 * @param value the authority's value
 * @param normalizedValue the value as compared (per agent, per 1,000 inhabitants…)
 * @param confidential whether the authority's value is confidential
 * @param peerGroup the peers' statistics
 * @param rank 1 for the best
 * @param percentile the share of the other peers the authority does better than
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Comparison(Indicator indicator, int year, String peers, @Nullable BigDecimal value,
		@Nullable BigDecimal normalizedValue, boolean confidential, Distribution peerGroup, @Nullable Long rank,
		@Nullable BigDecimal percentile) {

	/**
	 * The statistics of a group; all but the count are null under 3 values.
	 *
	 * @param count the number of values
	 * @param min the smallest
	 * @param p25 the first quartile
	 * @param median the median
	 * @param p75 the third quartile
	 * @param max the largest
	 * @param mean the mean
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Distribution(long count, @Nullable BigDecimal min, @Nullable BigDecimal p25,
			@Nullable BigDecimal median, @Nullable BigDecimal p75, @Nullable BigDecimal max,
			@Nullable BigDecimal mean) {

		public boolean shown() {
			return this.median != null && this.min != null && this.max != null && this.p25 != null
					&& this.p75 != null;
		}

	}

}
