package fr.mutualis.portal.membership;

import java.time.Instant;
import java.time.ZonedDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.mutualis.portal.shared.web.Dates;
import org.jspecify.annotations.Nullable;

/**
 * A member of an authority ({@code GET /api/v1/authorities/{slug}/members}).
 *
 * @param userId their id
 * @param name their name
 * @param email their email address
 * @param role {@code ADMIN}, {@code EDITOR} or {@code VIEWER}
 * @param since when they became a member
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Member(String userId, @Nullable String name, @Nullable String email, String role, @Nullable Instant since) {

	/** Their name, else their email address, else their id. */
	public String displayName() {
		if (this.name != null && !this.name.isBlank()) {
			return this.name;
		}
		return (this.email != null && !this.email.isBlank()) ? this.email : this.userId;
	}

	/** When they became a member, in the time of France. */
	public @Nullable ZonedDateTime sinceInFrance() {
		return Dates.inFrance(this.since);
	}

}
