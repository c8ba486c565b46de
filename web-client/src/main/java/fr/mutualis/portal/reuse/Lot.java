package fr.mutualis.portal.reuse;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** An equipment lot of an authority, as the api answers it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Lot(String id, String authority, String authorityName, String category, int quantity,
		BigDecimal averageAgeYears, String condition, boolean dataErasureRequired, String departmentCode,
		String destination, @Nullable String description, String retiredOn, String status, @Nullable String partnerId,
		@Nullable String partnerName, @Nullable String claimedAt, @Nullable String collectedAt,
		@Nullable Outcome outcome, long version) {

	/** The moves an editor can make from this status (the api decides in the end). */
	public List<String> actions() {
		return switch (this.status) {
			case "DECLARED" -> List.of("offer", "cancellation");
			case "OFFERED" -> List.of("cancellation");
			case "CLAIMED" -> List.of("collection", "cancellation");
			default -> List.of();
		};
	}

	/** Whether a transfer agreement names both parties (a partner holds the lot). */
	public boolean hasAgreement() {
		return this.partnerName != null;
	}

	/** What became of the units. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Outcome(int reused, int refurbished, int recycled, int destroyed,
			@Nullable String erasureCertificateRef) {
	}

	/** A lot with its timeline. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Details(Lot lot, List<Event> timeline) {

		public Details {
			timeline = (timeline != null) ? List.copyOf(timeline) : List.of();
		}

	}

	/** One step of the timeline. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Event(String status, String actor, String occurredAt) {
	}

}
