package fr.mutualis.portal.membership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.mutualis.portal.shared.forms.FormFields;
import org.jspecify.annotations.Nullable;

/**
 * The invitation form: whom to invite, with which role.
 *
 * @param email their email address
 * @param role the role they will have
 */
record InvitationForm(@Nullable String email, @Nullable String role) {

	static final FormFields FIELDS = FormFields.of("invitation", "email", "role");

	static final List<String> ROLES = List.of("ADMIN", "EDITOR", "VIEWER");

	/** An empty form: a viewer, the least powerful role, unless the user chooses another. */
	static InvitationForm empty() {
		return new InvitationForm(null, "VIEWER");
	}

	/** The body of {@code POST /api/v1/authorities/{slug}/members}. */
	Map<String, @Nullable Object> body() {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("email", (this.email != null && !this.email.isBlank()) ? this.email.strip() : null);
		body.put("role", this.role);
		return body;
	}

}
