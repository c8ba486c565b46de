package fr.mutualis.portal.plan;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * A plan as the api gives it ({@code GET /api/v1/authorities/{slug}/plans/{planId}}).
 *
 * @param id its id
 * @param authority the authority that owns it
 * @param title its title
 * @param startYear first year
 * @param endYear last year
 * @param status {@code DRAFT}, {@code PUBLISHED} or {@code ARCHIVED}
 * @param visibility {@code NETWORK} or {@code PUBLIC}
 * @param labelTarget {@code NONE}, {@code INR_LEVEL_1} or {@code INR_LEVEL_2}
 * @param publishedAt when it was published
 * @param progress its progress, rolled up from its actions (0–100)
 * @param actionCount how many actions it has
 * @param themes the themes of its actions
 * @param version its version
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Plan(String id, Owner authority, String title, int startYear, int endYear, String status,
		String visibility, String labelTarget, @Nullable OffsetDateTime publishedAt, int progress, int actionCount,
		List<String> themes, long version) {

	public Plan {
		themes = (themes != null) ? List.copyOf(themes) : List.of();
	}

	/** Whether the plan is published. */
	public boolean published() {
		return "PUBLISHED".equals(this.status);
	}

	/**
	 * The authority of a plan.
	 *
	 * @param slug its slug
	 * @param name its name
	 * @param kind its kind
	 * @param regionCode its région code
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Owner(String slug, String name, String kind, @Nullable String regionCode) {
	}

}
