/**
 * Authorities (collectivités): the directory, an authority's profile, changing it (its
 * administrators) and creating one (the platform operator).
 */
@NullMarked
package fr.mutualis.portal.authority;

import org.jspecify.annotations.NullMarked;
