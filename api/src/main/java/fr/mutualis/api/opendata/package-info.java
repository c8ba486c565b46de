/**
 * Open data: a daily ZIP of CSV and JSON files under the Licence Ouverte 2.0, with a description of every column
 * ({@code datapackage.json}). Features contribute {@link fr.mutualis.api.opendata.OpenDataset}s; this module never
 * depends on them.
 */
@NullMarked
package fr.mutualis.api.opendata;

import org.jspecify.annotations.NullMarked;
