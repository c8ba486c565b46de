package fr.mutualis.portal.questionnaire;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import fr.mutualis.portal.shared.web.Dates;
import org.jspecify.annotations.Nullable;

/** The api's questionnaire resources, as the pages read them. */
final class QuestionnaireViews {

	private QuestionnaireViews() {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Bank(String id, String title, @Nullable String description) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record BankDetail(String id, String title, @Nullable String description, List<BankQuestion> questions) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record BankQuestion(String id, int position, String kind, String text, String explanation, String theme,
			String source, List<BankChoice> choices) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record BankChoice(String id, String label, boolean correct) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Campaign(String id, String questionnaireId, String questionnaireTitle, String audience, Instant opensAt,
			Instant closesAt, String state, String answerLink, String linkToken, boolean enoughAnswers) {

		public @Nullable ZonedDateTime opensInFrance() {
			return Dates.inFrance(this.opensAt);
		}

		/** The last day of the campaign, as people read it (it closes at midnight after that day). */
		public @Nullable ZonedDateTime lastDayInFrance() {
			return Dates.inFrance(this.closesAt.minusSeconds(1));
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Results(String campaignId, String questionnaireTitle, String audience, Instant opensAt, Instant closesAt,
			String state, int minimumAnswers, boolean enoughAnswers, @Nullable Integer answers,
			@Nullable BigDecimal participationRate, @Nullable BigDecimal score, List<ThemeScore> themes,
			List<PastCampaign> previousCampaigns, @Nullable NetworkMedian network) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ThemeScore(String theme, BigDecimal score, int questions) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PastCampaign(String campaignId, Instant closesAt, int answers, BigDecimal score) {

		public @Nullable ZonedDateTime closedInFrance() {
			return Dates.inFrance(this.closesAt);
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record NetworkMedian(int campaigns, @Nullable BigDecimal median) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PublicCampaign(String authorityName, String questionnaireTitle, String audience, Instant opensAt,
			Instant closesAt, String state, List<PublicQuestion> questions) {

		public boolean open() {
			return "OPEN".equals(this.state);
		}

		public @Nullable ZonedDateTime opensInFrance() {
			return Dates.inFrance(this.opensAt);
		}

		public @Nullable ZonedDateTime lastDayInFrance() {
			return Dates.inFrance(this.closesAt.minusSeconds(1));
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PublicQuestion(String id, int position, String kind, String text, String theme, List<PublicChoice> choices) {

		public boolean multiple() {
			return "MULTIPLE".equals(this.kind);
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record PublicChoice(String id, String label) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Correction(BigDecimal score, List<Corrected> questions) {

		public long right() {
			return this.questions.stream().filter(Corrected::correct).count();
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Corrected(String id, int position, String text, String theme, boolean correct, List<String> rightChoices,
			String explanation, String source) {
	}

}
