package fr.mutualis.portal.shared.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What is wrong with a form that was sent, in the user's language: messages next to their
 * fields, and messages about the whole form. The page shows all of them in an error summary
 * at the top, each linked to its field, and each field's own messages next to it.
 * <p>
 * Templates use {@link #id(String)} as the id of a field's input, {@link #errorId(String)} for
 * its message, and {@link #describedBy(String, boolean)} for its {@code aria-describedby}.
 */
public final class FormErrors {

	private final FormFields form;

	private final List<Message> messages;

	FormErrors(FormFields form, List<Message> messages) {
		this.form = form;
		List<Message> ordered = new ArrayList<>(messages);
		ordered.sort(Comparator.comparingInt(this::position));
		this.messages = List.copyOf(ordered);
	}

	/** No error: the form as first shown. */
	public static FormErrors none(FormFields form) {
		return new FormErrors(form, List.of());
	}

	/** Whether the form has no error. */
	public boolean isEmpty() {
		return this.messages.isEmpty();
	}

	/** Every message, those of fields first, in the order of the fields. */
	public List<Message> all() {
		return this.messages;
	}

	/** Whether the field has a message. */
	public boolean has(String field) {
		return this.messages.stream().anyMatch((message) -> field.equals(message.field()));
	}

	/** The field's messages, as one text, or null. */
	public @Nullable String of(String field) {
		String text = this.messages.stream()
			.filter((message) -> field.equals(message.field()))
			.map(Message::text)
			.collect(Collectors.joining(" "));
		return text.isEmpty() ? null : text;
	}

	/** The id of the field's input, e.g. {@code authority-siren}. */
	public String id(String field) {
		return this.form.name() + "-" + field;
	}

	/** The id of the field's message. */
	public String errorId(String field) {
		return id(field) + "-erreur";
	}

	/** The id of the field's hint. */
	public String hintId(String field) {
		return id(field) + "-aide";
	}

	/** The field's {@code aria-describedby}: its hint and its message, or null when it has neither. */
	public @Nullable String describedBy(String field, boolean hint) {
		List<String> ids = new ArrayList<>(2);
		if (hint) {
			ids.add(hintId(field));
		}
		if (has(field)) {
			ids.add(errorId(field));
		}
		return ids.isEmpty() ? null : String.join(" ", ids);
	}

	/** Where the error summary's link to a message leads: its field, if it has one. */
	public @Nullable String anchor(Message message) {
		return (message.field() != null) ? "#" + id(message.field()) : null;
	}

	private int position(Message message) {
		int index = (message.field() != null) ? this.form.fields().indexOf(message.field()) : -1;
		return (index >= 0) ? index : Integer.MAX_VALUE;
	}

	/**
	 * A message.
	 *
	 * @param field the field it is about, or null when it is about the whole form
	 * @param text the message, in the user's language
	 */
	public record Message(@Nullable String field, String text) {
	}

}
