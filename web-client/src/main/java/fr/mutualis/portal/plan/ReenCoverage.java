package fr.mutualis.portal.plan;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Which REEN strategy themes a plan covers.
 *
 * @param covered how many themes are covered
 * @param of how many themes there are
 * @param themes each theme
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReenCoverage(int covered, int of, List<Theme> themes) {

	/**
	 * One REEN theme.
	 *
	 * @param theme its code
	 * @param label its French label
	 * @param source the legal source
	 * @param planThemes the plan themes that count towards it
	 * @param actions how many actions count towards it
	 * @param objective whether one states an objective
	 * @param indicatorWithTarget whether one has an indicator with a target
	 * @param missing what is missing
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Theme(String theme, String label, String source, List<String> planThemes, int actions,
			boolean objective, boolean indicatorWithTarget, List<String> missing) {

		public boolean covered() {
			return this.missing.isEmpty();
		}

	}

}
