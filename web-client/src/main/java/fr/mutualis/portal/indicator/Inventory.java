package fr.mutualis.portal.indicator;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The devices an authority owns in a year, per category.
 *
 * @param year the year
 * @param units the count per category
 * @param version its version
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Inventory(int year, Map<String, Integer> units, long version) {

	/** The categories of the inventory, in the order of the form. */
	public static final List<String> CATEGORIES = List.of("LAPTOP", "DESKTOP", "MONITOR", "SMARTPHONE", "TABLET",
			"PRINTER", "SERVER", "VIDEO_PROJECTOR", "NETWORK", "OTHER");

	public Inventory {
		units = (units != null) ? Map.copyOf(units) : Map.of();
	}

	static Inventory empty(int year) {
		return new Inventory(year, Map.of(), -1);
	}

}
