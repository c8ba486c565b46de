/**
 * The signed-in user's authorities (from {@code GET /api/v1/me}, remembered in the web
 * session), their current authority and the header's authority switcher.
 */
@NullMarked
package fr.mutualis.portal.shared.tenancy;

import org.jspecify.annotations.NullMarked;
