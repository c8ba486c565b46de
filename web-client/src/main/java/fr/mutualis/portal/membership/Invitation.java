package fr.mutualis.portal.membership;

import java.time.Instant;
import java.time.ZonedDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.mutualis.portal.shared.web.Dates;
import org.jspecify.annotations.Nullable;

/**
 * An invitation to join an authority ({@code GET /api/v1/authorities/{slug}/invitations}).
 *
 * @param id its id
 * @param email whom it was sent to
 * @param role the role they will have
 * @param status {@code PENDING}, {@code ACCEPTED} or {@code REVOKED}
 * @param invitedAt when it was sent
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Invitation(String id, String email, String role, String status, @Nullable Instant invitedAt) {

	/** Whether it still waits for an answer. */
	public boolean pending() {
		return "PENDING".equals(this.status);
	}

	/** When it was sent, in the time of France. */
	public @Nullable ZonedDateTime invitedAtInFrance() {
		return Dates.inFrance(this.invitedAt);
	}

}
