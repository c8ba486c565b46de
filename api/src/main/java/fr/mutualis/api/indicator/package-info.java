/**
 * Indicators: the shared catalogue, an authority's custom indicators, yearly measurements, device inventories and
 * footprint factors, computed indicators ({@link fr.mutualis.api.indicator.ComputedIndicator}, implemented by other
 * modules too) and peer comparison, whose statistics are computed by PostgreSQL (V4__indicators.sql).
 */
@NullMarked
package fr.mutualis.api.indicator;

import org.jspecify.annotations.NullMarked;
