package fr.mutualis.portal.plan;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * What a CSV file would import, and every error in it ({@code POST .../plans/import-preview}).
 *
 * @param actions the actions read
 * @param errors the errors, by line and column
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CsvPreview(List<Row> actions, List<RowError> errors) {

	/**
	 * An action read from the file.
	 *
	 * @param title its title
	 * @param theme its theme
	 * @param status its status
	 * @param progress its progress
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Row(@Nullable String title, @Nullable String theme, @Nullable String status,
			@Nullable Integer progress) {
	}

	/**
	 * An error.
	 *
	 * @param line its line (1 is the header)
	 * @param field its column
	 * @param message the api's explanation
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record RowError(int line, String field, String message) {
	}

}
