package fr.mutualis.portal.shared.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;

/**
 * Dates as the portal's users read them: in the time of metropolitan France, where the
 * authorities' agents work (overseas authorities included, for one shared reading).
 */
public final class Dates {

	/** The time zone of the pages. */
	public static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

	private Dates() {
	}

	/** The instant in the time of France, or null. */
	public static @Nullable ZonedDateTime inFrance(@Nullable Instant instant) {
		return (instant != null) ? instant.atZone(FRANCE) : null;
	}

}
