package fr.mutualis.portal.shared.forms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A form as error messages see it: its name, which prefixes its message keys and the ids of
 * its fields ({@code authority} → key {@code authority.invalid.siren}, id
 * {@code authority-siren}), and its fields in the order the page shows them, which is the
 * order of the error summary.
 *
 * @param name the form's name
 * @param fields the names of its fields, as the api's JSON names them
 * @param aliases other names the api's problems may give a field (e.g. {@code domains} for {@code emailDomains})
 */
public record FormFields(String name, List<String> fields, Map<String, String> aliases) {

	public FormFields {
		fields = List.copyOf(fields);
		aliases = Map.copyOf(aliases);
	}

	/** A form of the given fields. */
	public static FormFields of(String name, String... fields) {
		return new FormFields(name, List.of(fields), Map.of());
	}

	/** The same form, where a problem's {@code otherName} means its field {@code field}. */
	public FormFields alias(String otherName, String field) {
		Map<String, String> more = new HashMap<>(this.aliases);
		more.put(otherName, field);
		return new FormFields(this.name, this.fields, more);
	}

	/** The form's field that the api's field name means, or null when the form has no such field. */
	@Nullable String fieldFor(String apiField) {
		String field = this.aliases.getOrDefault(apiField, apiField);
		return this.fields.contains(field) ? field : null;
	}

}
