package fr.mutualis.portal.shared.tenancy;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the portal remembers, in the web session, of the signed-in user's authorities: enough
 * to draw the header (authority switcher, links) and to offer only the forms that the user may
 * send. The api still decides every request; this only avoids offering what it would refuse.
 *
 * @param platformOperator whether the user runs the platform for every authority
 * @param memberships their memberships, by authority name
 * @param fetchedAt when the api said so
 */
public record MyAuthorities(boolean platformOperator, List<Me.Membership> memberships, Instant fetchedAt)
		implements Serializable {

	public MyAuthorities {
		memberships = memberships.stream()
			.sorted(Comparator.comparing((Me.Membership membership) -> membership.displayName().toLowerCase())
				.thenComparing(Me.Membership::authority))
			.toList();
	}

	static MyAuthorities of(Me me, Instant now) {
		return new MyAuthorities(me.platformOperator(), me.memberships(), now);
	}

	/** The user's membership of the authority {@code slug}, if any. */
	public Optional<Me.Membership> membership(String slug) {
		return this.memberships.stream().filter((membership) -> membership.authority().equals(slug)).findFirst();
	}

	/**
	 * Whether the user may manage the authority {@code slug} (edit its profile, its members,
	 * read its audit log): its administrators and the platform operator.
	 */
	public boolean mayManage(String slug) {
		return this.platformOperator || membership(slug).map(Me.Membership::isAdmin).orElse(false);
	}

}
