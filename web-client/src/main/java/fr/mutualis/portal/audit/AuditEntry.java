package fr.mutualis.portal.audit;

import java.time.Instant;
import java.time.ZonedDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.mutualis.portal.shared.web.Dates;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an authority's audit log ({@code GET /api/v1/authorities/{slug}/audit}).
 *
 * @param id its id
 * @param occurredAt when it happened
 * @param actorId who did it (their id)
 * @param actorName who did it (their name)
 * @param action what they did, e.g. {@code member.invited}
 * @param targetType the kind of what they did it to, e.g. {@code invitation}
 * @param targetId what they did it to
 * @param requestId the id of the api request, which the api's logs show too
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AuditEntry(String id, Instant occurredAt, @Nullable String actorId, @Nullable String actorName, String action,
		@Nullable String targetType, @Nullable String targetId, @Nullable String requestId) {

	/** When it happened, in the time of France. */
	public ZonedDateTime occurredAtInFrance() {
		return this.occurredAt.atZone(Dates.FRANCE);
	}

	/** Who did it: their name, else their id. */
	public String actor() {
		return (this.actorName != null && !this.actorName.isBlank()) ? this.actorName : String.valueOf(this.actorId);
	}

}
