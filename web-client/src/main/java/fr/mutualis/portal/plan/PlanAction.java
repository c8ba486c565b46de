package fr.mutualis.portal.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * An action of a plan as the api gives it.
 *
 * @param id its id
 * @param planId its plan
 * @param parentActionId its parent, for a sub-action
 * @param title its title
 * @param description what it is about
 * @param objective what it aims at
 * @param theme its theme
 * @param status where it stands
 * @param priority its priority
 * @param startDate when it starts
 * @param dueDate when it is due
 * @param pilot the service or person in charge
 * @param budget its budget in euros excl. VAT
 * @param progress its own progress
 * @param rolledUpProgress its progress with its sub-actions
 * @param indicators indicators linked to it
 * @param adoptedFrom where it was adopted from
 * @param adopters the authorities that adopted it
 * @param version its version
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanAction(String id, String planId, @Nullable String parentActionId, String title,
		@Nullable String description, @Nullable String objective, String theme, String status, String priority,
		@Nullable LocalDate startDate, @Nullable LocalDate dueDate, @Nullable String pilot, @Nullable BigDecimal budget,
		int progress, int rolledUpProgress, List<Indicator> indicators, @Nullable AdoptedFrom adoptedFrom,
		List<Adopter> adopters, long version) {

	public PlanAction {
		indicators = (indicators != null) ? List.copyOf(indicators) : List.of();
		adopters = (adopters != null) ? List.copyOf(adopters) : List.of();
	}

	/**
	 * An indicator with its target.
	 *
	 * @param code its code in the catalogue
	 * @param target the value aimed at
	 * @param targetYear by when
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Indicator(String code, @Nullable BigDecimal target, @Nullable Integer targetYear) {
	}

	/**
	 * Where an adopted action came from.
	 *
	 * @param kind {@code ACTION} or {@code PRACTICE}
	 * @param id the source's id
	 * @param authority the source authority's slug, for an action
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record AdoptedFrom(String kind, String id, @Nullable String authority) {
	}

	/**
	 * An authority that adopted the action.
	 *
	 * @param slug its slug
	 * @param name its name
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Adopter(String slug, String name) {
	}

}
