package fr.mutualis.portal.shared.tenancy;

import java.io.Serializable;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in user as the api knows them ({@code GET /api/v1/me}).
 *
 * @param id their id
 * @param name their name, if the api has one
 * @param email their email address, if the api has one
 * @param platformOperator whether they run the platform for every authority
 * @param memberships the authorities they belong to, and their role in each (may be empty)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Me(String id, @Nullable String name, @Nullable String email, boolean platformOperator,
		List<Membership> memberships) {

	public Me {
		memberships = (memberships != null) ? List.copyOf(memberships) : List.of();
	}

	/**
	 * A membership of an authority.
	 *
	 * @param authority the authority's slug, e.g. {@code region-bretagne}
	 * @param authorityName the authority's name, e.g. {@code Région Bretagne}, if the api gives it
	 * @param role {@code ADMIN}, {@code EDITOR} or {@code VIEWER}
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Membership(String authority, @Nullable String authorityName, String role) implements Serializable {

		/** The authority's name, else its slug. */
		public String displayName() {
			return (this.authorityName != null && !this.authorityName.isBlank()) ? this.authorityName : this.authority;
		}

		/** Whether this member administers the authority. */
		public boolean isAdmin() {
			return "ADMIN".equals(this.role);
		}

	}

}
