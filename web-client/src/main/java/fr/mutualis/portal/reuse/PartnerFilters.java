package fr.mutualis.portal.reuse;

import org.jspecify.annotations.Nullable;

/**
 * The directory's search form (GET, French parameter names in the address).
 *
 * @param departement a département code
 * @param service a service the partner offers
 * @param categorie an equipment category
 * @param cursor the page
 */
record PartnerFilters(@Nullable String departement, @Nullable String service, @Nullable String categorie,
		@Nullable String cursor) {
}
