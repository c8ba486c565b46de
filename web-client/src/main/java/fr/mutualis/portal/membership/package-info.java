/**
 * The members of an authority, for its administrators and the platform operator: roles,
 * removals and invitations.
 */
@NullMarked
package fr.mutualis.portal.membership;

import org.jspecify.annotations.NullMarked;
