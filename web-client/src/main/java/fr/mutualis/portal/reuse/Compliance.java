package fr.mutualis.portal.reuse;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** The yearly REEN and AGEC compliance report, as the api answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Compliance(String authority, int year, Reen reen, List<Agec> agec) {

	public Compliance {
		agec = (agec != null) ? List.copyOf(agec) : List.of();
	}

	/** Décret 2023-266: units sent to reuse over retired units in stock on 1 January. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Reen(long retiredInStock, long sentToReuse, @Nullable BigDecimal rate, @Nullable BigDecimal target,
			@Nullable Boolean met, long excluded, long pendingOutcome, @Nullable String source) {

		public Gauge gauge() {
			return Gauge.of(this.rate, this.target);
		}

	}

	/** AGEC art. 58: the share of one category's spend that comes from reuse. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Agec(String category, BigDecimal amount, BigDecimal amountFromReuse,
			BigDecimal amountWithRecycledContent, @Nullable BigDecimal share, @Nullable BigDecimal target,
			@Nullable Boolean met, @Nullable String source, @Nullable String note) {

		public Gauge gauge() {
			return Gauge.of(this.share, this.target);
		}

	}

}
