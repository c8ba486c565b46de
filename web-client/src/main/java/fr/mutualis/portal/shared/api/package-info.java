/**
 * Calls to the Mutualis api: a {@code WebClient} that relays the signed-in user's access
 * token (the browser never sees it) and turns every failure into {@link fr.mutualis.portal.shared.api.ApiUnavailable}.
 */
@NullMarked
package fr.mutualis.portal.shared.api;

import org.jspecify.annotations.NullMarked;
