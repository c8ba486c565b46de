package fr.mutualis.portal.authority;

import java.util.List;

/**
 * The régions of France, by their INSEE code (their names are in the messages, {@code region.<code>}),
 * and the kinds of authority.
 */
final class Regions {

	/** The 18 régions, in the order of their codes. */
	static final List<String> CODES = List.of("01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52",
			"53", "75", "76", "84", "93", "94");

	/** The kinds of authority, from the largest. */
	static final List<String> KINDS = List.of("REGION", "DEPARTEMENT", "EPCI", "COMMUNE", "SYNDICAT");

	private Regions() {
	}

}
