/**
 * Refurbishment partners and equipment reuse: the partner directory and reviews, the authorities' equipment lots and
 * their hand-over to partners (or internal redeployment), purchases, the REEN and AGEC compliance report, and the
 * yearly figures ({@link fr.mutualis.api.reuse.ReuseFigures}) that the indicators are computed from.
 */
@NullMarked
package fr.mutualis.api.reuse;

import org.jspecify.annotations.NullMarked;
