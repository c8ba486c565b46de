/**
 * Indicators: the dashboard of an authority, the comparison with its peers (box plot and time series drawn as SVG
 * on the server, each with its data table, and a CSV download), and the forms to enter a measurement and the device
 * inventory.
 */
@NullMarked
package fr.mutualis.portal.indicator;

import org.jspecify.annotations.NullMarked;
