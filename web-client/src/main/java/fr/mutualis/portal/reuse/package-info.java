/**
 * Refurbishment partners and equipment reuse: the partner directory and profiles with reviews, partner registration
 * (the platform operator), an authority's equipment lots with their timeline and transfer agreement, its purchases,
 * and the REEN and AGEC compliance report with gauges and a CSV export.
 */
@NullMarked
package fr.mutualis.portal.reuse;

import org.jspecify.annotations.NullMarked;
