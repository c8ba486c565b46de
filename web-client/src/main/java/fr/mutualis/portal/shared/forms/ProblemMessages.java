package fr.mutualis.portal.shared.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.mutualis.portal.shared.api.ApiProblem;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one place where the api's problems (RFC 9457) become messages on a form, in the user's
 * language. The api's own texts are English and technical, so each field has its own
 * explanation, looked up by key; the api's text is only shown when the portal has none.
 * <table>
 * <caption>Problems and their messages</caption>
 * <tr><th>status</th><th>messages</th></tr>
 * <tr><td>400 with {@code errors}</td><td>each next to its field: {@code <form>.invalid.<field>}, else the api's
 * text; a field the form does not have goes to the summary</td></tr>
 * <tr><td>400 without</td><td>{@code problem.invalid}</td></tr>
 * <tr><td>409</td><td>next to the field the problem names ({@code field}, else the first of {@code errors}):
 * {@code <form>.conflict.<field>}; with no field of the form: {@code problem.type.<type>} for a known problem type
 * (e.g. {@code last-admin}), else {@code <form>.conflict}</td></tr>
 * <tr><td>412</td><td>{@code <form>.stale}, else {@code problem.stale}</td></tr>
 * <tr><td>503</td><td>{@code problem.unavailable} (the identity service, Keycloak, does not answer)</td></tr>
 * <tr><td>other</td><td>{@code problem.other}</td></tr>
 * </table>
 */
@Component
public class ProblemMessages {

	private static final String TYPE_PREFIX = "urn:mutualis:problem:";

	private final MessageSource messages;

	ProblemMessages(MessageSource messages) {
		this.messages = messages;
	}

	/** The messages that explain the api's problem on the given form. */
	public FormErrors explain(ApiProblem problem, FormFields form, Locale locale) {
		List<FormErrors.Message> explained = switch (problem.status()) {
			case 400, 422 -> invalid(problem, form, locale);
			case 409 -> conflict(problem, form, locale);
			case 412 -> List.of(global(firstOf(locale, form.name() + ".stale", "problem.stale")));
			case 503 -> List.of(global(text(locale, "problem.unavailable")));
			default -> List.of(global(text(locale, "problem.other")));
		};
		return new FormErrors(form, explained);
	}

	/** Messages found by the portal itself, before asking the api: field → message key. */
	public FormErrors invalid(Map<String, String> keysByField, FormFields form, Locale locale) {
		List<FormErrors.Message> found = new ArrayList<>();
		keysByField.forEach((field, key) -> found.add(new FormErrors.Message(field, text(locale, key))));
		return new FormErrors(form, found);
	}

	private List<FormErrors.Message> invalid(ApiProblem problem, FormFields form, Locale locale) {
		if (problem.errors().isEmpty()) {
			return List.of(global(text(locale, "problem.invalid")));
		}
		List<FormErrors.Message> found = new ArrayList<>();
		for (ApiProblem.InvalidField invalid : problem.errors()) {
			String field = form.fieldFor(fieldOf(invalid.field()));
			String apiText = (invalid.message() != null) ? invalid.message() : "";
			if (field != null) {
				String text = this.messages.getMessage(form.name() + ".invalid." + field, null, null, locale);
				FormErrors.Message message = new FormErrors.Message(field,
						(text != null) ? text : text(locale, "problem.invalidField", apiText));
				if (!found.contains(message)) {
					found.add(message);
				}
			}
			else {
				found.add(global(text(locale, "problem.invalidOther", invalid.field(), apiText)));
			}
		}
		return found;
	}

	private List<FormErrors.Message> conflict(ApiProblem problem, FormFields form, Locale locale) {
		String named = (problem.field() != null) ? problem.field()
				: problem.errors().stream().map(ApiProblem.InvalidField::field).findFirst().orElse(null);
		String field = (named != null) ? form.fieldFor(fieldOf(named)) : null;
		if (field != null) {
			return List.of(new FormErrors.Message(field,
					firstOf(locale, form.name() + ".conflict." + field, "problem.conflictField")));
		}
		String known = knownType(problem);
		String text = (known != null) ? this.messages.getMessage("problem.type." + known, null, null, locale) : null;
		return List.of(global((text != null) ? text : firstOf(locale, form.name() + ".conflict", "problem.conflict")));
	}

	/** The slug of a Mutualis problem type ({@code urn:mutualis:problem:last-admin} → {@code last-admin}). */
	private static @Nullable String knownType(ApiProblem problem) {
		String type = problem.type();
		return (type != null && type.startsWith(TYPE_PREFIX)) ? type.substring(TYPE_PREFIX.length()) : null;
	}

	/** {@code emailDomains[1]} and {@code emailDomains} are the same field of the form. */
	private static String fieldOf(String apiField) {
		int end = apiField.length();
		for (char separator : new char[] { '[', '.' }) {
			int at = apiField.indexOf(separator);
			if (at > 0) {
				end = Math.min(end, at);
			}
		}
		return apiField.substring(0, end);
	}

	private static FormErrors.Message global(String text) {
		return new FormErrors.Message(null, text);
	}

	/** The text of the first key that exists, with the given arguments. */
	private String firstOf(Locale locale, String key, String fallbackKey) {
		String text = this.messages.getMessage(key, null, null, locale);
		return (text != null) ? text : this.messages.getMessage(fallbackKey, null, locale);
	}

	private String text(Locale locale, String key, @Nullable Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
