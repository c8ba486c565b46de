package fr.mutualis.portal.questionnaire;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.mutualis.portal.shared.forms.FormFields;
import fr.mutualis.portal.shared.web.Dates;
import org.jspecify.annotations.Nullable;

/**
 * The campaign form: which questionnaire, for whom, first and last day (whole days in the time of France).
 *
 * @param questionnaireId the question bank
 * @param audience {@code AGENTS} or {@code ELECTED}
 * @param opensAt the first day, {@code yyyy-MM-dd}
 * @param closesAt the last day, {@code yyyy-MM-dd}
 */
record CampaignForm(@Nullable String questionnaireId, @Nullable String audience, @Nullable String opensAt,
		@Nullable String closesAt) {

	static final FormFields FIELDS = FormFields.of("questionnaires.campaign", "questionnaireId", "audience", "opensAt", "closesAt");

	static final List<String> AUDIENCES = List.of("AGENTS", "ELECTED");

	static CampaignForm empty(LocalDate today) {
		return new CampaignForm(null, "AGENTS", today.toString(), today.plusWeeks(3).toString());
	}

	/** What the portal can tell before asking the api: field → message key. */
	Map<String, String> problems() {
		Map<String, String> found = new LinkedHashMap<>();
		if (this.questionnaireId == null || this.questionnaireId.isBlank()) {
			found.put("questionnaireId", "questionnaires.campaign.invalid.questionnaireId");
		}
		if (day(this.opensAt) == null) {
			found.put("opensAt", "questionnaires.campaign.invalid.date");
		}
		if (day(this.closesAt) == null) {
			found.put("closesAt", "questionnaires.campaign.invalid.date");
		}
		return found;
	}

	/** The body of {@code POST /api/v1/authorities/{slug}/campaigns}: from the first day's midnight to the night after the last. */
	Map<String, @Nullable Object> body() {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("questionnaireId", this.questionnaireId);
		body.put("audience", this.audience);
		body.put("opensAt", day(this.opensAt).atStartOfDay(Dates.FRANCE).toInstant().toString());
		body.put("closesAt", day(this.closesAt).plusDays(1).atStartOfDay(Dates.FRANCE).toInstant().toString());
		return body;
	}

	private static @Nullable LocalDate day(@Nullable String value) {
		try {
			return (value == null || value.isBlank()) ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
