package fr.mutualis.portal.shared.tenancy;

import org.jspecify.annotations.Nullable;

/**
 * What the header of a signed-in user's pages shows: their current authority (the one "Ma
 * collectivité", "Membres" and "Journal" lead to), the authority switcher when they belong to
 * several, and the operator's links.
 *
 * @param mine the user's authorities
 * @param current the current authority, if the user belongs to one
 */
public record Navigation(MyAuthorities mine, Me.@Nullable Membership current) {

	/** The name of the exchange attribute that holds the navigation, for the layout. */
	public static final String ATTRIBUTE = "navigation";

	/** Whether the header offers to switch authority (the user belongs to more than one). */
	public boolean switcher() {
		return this.mine.memberships().size() > 1;
	}

	/** Whether the header links to the members and audit log of the current authority. */
	public boolean managesCurrent() {
		return this.current != null && this.mine.mayManage(this.current.authority());
	}

	/** Whether the header links to the creation of an authority. */
	public boolean platformOperator() {
		return this.mine.platformOperator();
	}

}
