/**
 * The best-practice library: search with facets, a practice's page (endorsement, comments, adoption), the editor of an
 * authority's practices with preview, and "new in the network since your last visit".
 */
@NullMarked
package fr.mutualis.portal.practice;

import org.jspecify.annotations.NullMarked;
