package fr.mutualis.api.plan;

import java.util.List;

/**
 * For one plan, each of the six REEN strategy themes: how many actions count towards it, whether one of them states an
 * objective and one has an indicator with a target, and what is missing ({@code ACTION}, {@code OBJECTIVE},
 * {@code INDICATOR_TARGET}).
 */
public record ReenCoverage(int covered, int of, List<ThemeCoverage> themes) {

    public record ThemeCoverage(String theme, String label, String source, List<Theme> planThemes, int actions,
            boolean objective, boolean indicatorWithTarget, List<String> missing) {

        public boolean covered() {
            return missing.isEmpty();
        }
    }
}
