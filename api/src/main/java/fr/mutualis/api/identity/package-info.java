/** Who the caller is: {@code GET /api/v1/me}. */
@NullMarked
package fr.mutualis.api.identity;

import org.jspecify.annotations.NullMarked;
