/**
 * What every {@code /public/v1} route shares: rate limits per client, conditional reads (ETag, 304), cursor links
 * and CORS for reads. The routes themselves belong to their features.
 */
@NullMarked
package fr.mutualis.api.shared.publicapi;

import org.jspecify.annotations.NullMarked;
