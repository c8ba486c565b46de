package fr.mutualis.portal.practice;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.mutualis.portal.practice.PracticeJson.Practice;
import fr.mutualis.portal.shared.forms.FormFields;
import org.jspecify.annotations.Nullable;

/**
 * The editor's form of a practice. Tags and indicator codes are typed separated by commas; {@code action} is
 * {@code apercu} (preview, nothing saved) or {@code enregistrer}.
 *
 * @param title the title
 * @param summary the summary
 * @param body the body, in Markdown
 * @param theme the theme
 * @param tags the tags, separated by commas
 * @param effort LOW, MEDIUM or HIGH
 * @param cost LOW, MEDIUM or HIGH
 * @param impact LOW, MEDIUM or HIGH
 * @param indicators indicator codes, separated by commas or spaces
 * @param visibility NETWORK or PUBLIC
 * @param status DRAFT or PUBLISHED
 * @param version the version the user changes ({@code ETag}), none for a new practice
 * @param action what the user asked for
 */
record PracticeForm(@Nullable String title, @Nullable String summary, @Nullable String body, @Nullable String theme,
		@Nullable String tags, @Nullable String effort, @Nullable String cost, @Nullable String impact,
		@Nullable String indicators, @Nullable String visibility, @Nullable String status, @Nullable String version,
		@Nullable String action) {

	static final FormFields FIELDS = FormFields.of("practices.form", "title", "summary", "body", "theme", "tags",
			"effort", "cost", "impact", "indicators", "visibility", "status");

	static final List<String> LEVELS = List.of("LOW", "MEDIUM", "HIGH");

	static PracticeForm empty() {
		return new PracticeForm(null, null, null, null, null, "MEDIUM", "MEDIUM", "MEDIUM", null, "NETWORK", "DRAFT",
				null, null);
	}

	static PracticeForm of(Practice practice, String version) {
		return new PracticeForm(practice.title(), practice.summary(), practice.body(), practice.theme(),
				String.join(", ", practice.tags()), practice.effort(), practice.cost(), practice.impact(),
				String.join(", ", practice.indicators()), practice.visibility(), practice.status(), version, null);
	}

	PracticeForm withVersion(String current) {
		return new PracticeForm(this.title, this.summary, this.body, this.theme, this.tags, this.effort, this.cost,
				this.impact, this.indicators, this.visibility, this.status, current, this.action);
	}

	boolean preview() {
		return "apercu".equals(this.action);
	}

	/** The body of a creation, or of a merge patch: every field of the form. */
	Map<String, @Nullable Object> toRequest() {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("title", text(this.title));
		body.put("summary", text(this.summary));
		body.put("body", (this.body != null) ? this.body : "");
		body.put("theme", text(this.theme));
		body.put("tags", split(this.tags, ","));
		body.put("effort", text(this.effort));
		body.put("cost", text(this.cost));
		body.put("impact", text(this.impact));
		body.put("indicators", split(this.indicators, "[,\\s]"));
		body.put("visibility", text(this.visibility));
		body.put("status", text(this.status));
		return body;
	}

	public List<String> themes() {
		return LibraryFilters.THEMES;
	}

	public List<String> levels() {
		return LEVELS;
	}

	private static @Nullable String text(@Nullable String value) {
		return (value != null && !value.isBlank()) ? value.strip() : null;
	}

	private static List<String> split(@Nullable String values, String separator) {
		return (values == null) ? List.of()
				: Arrays.stream(values.split(separator)).map(String::strip).filter((value) -> !value.isEmpty()).toList();
	}

}
