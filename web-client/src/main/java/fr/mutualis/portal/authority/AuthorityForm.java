package fr.mutualis.portal.authority;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import fr.mutualis.portal.shared.forms.FormFields;
import org.jspecify.annotations.Nullable;

/**
 * The authority form, to create one or change its profile, exactly as the user typed it (so
 * that nothing they typed is lost when the form comes back with a message).
 *
 * @param slug its stable key (creation only)
 * @param name its name
 * @param kind its kind (creation only)
 * @param siren its SIREN (creation only)
 * @param inseeCode its INSEE code
 * @param population its number of inhabitants
 * @param agents its number of agents
 * @param regionCode its région's code
 * @param departmentCode its département's code
 * @param parent the slug of the authority it belongs to
 * @param emailDomains its agents' email domains, separated by commas, spaces or lines
 * @param version the version the user saw ({@code ETag}), sent back in {@code If-Match} (change only)
 */
record AuthorityForm(@Nullable String slug, @Nullable String name, @Nullable String kind, @Nullable String siren,
		@Nullable String inseeCode, @Nullable String population, @Nullable String agents,
		@Nullable String regionCode, @Nullable String departmentCode, @Nullable String parent,
		@Nullable String emailDomains, @Nullable String version) {

	/** The fields of the creation form, in the order of the page. */
	static final FormFields CREATION = FormFields.of("authority", "slug", "name", "kind", "siren", "inseeCode",
			"regionCode", "departmentCode", "parent", "population", "agents", "emailDomains")
		.alias("alias", "slug")
		.alias("domains", "emailDomains");

	/** The fields that a change of profile may send (a merge patch of them), in the order of the page. */
	static final FormFields CHANGE = FormFields.of("authority", "name", "inseeCode", "regionCode", "departmentCode",
			"parent", "population", "agents", "emailDomains")
		.alias("domains", "emailDomains");

	private static final Pattern WHOLE_NUMBER = Pattern.compile("[0-9]{1,9}");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u202f]+");

	private static final Pattern DOMAIN_SEPARATORS = Pattern.compile("[\\s,;]+");

	/** An empty creation form. */
	static AuthorityForm empty() {
		return new AuthorityForm(null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The change form of an authority as the api gave it. */
	static AuthorityForm of(Authority authority, String etag) {
		return new AuthorityForm(authority.slug(), authority.name(), authority.kind(), authority.siren(),
				authority.inseeCode(), text(authority.population()), text(authority.agents()), authority.regionCode(),
				authority.departmentCode(), authority.parent(), String.join("\n", authority.emailDomains()),
				authority.ifMatch(etag));
	}

	/** The same input, at another version (after the user has seen the current values). */
	AuthorityForm atVersion(String etag) {
		return new AuthorityForm(this.slug, this.name, this.kind, this.siren, this.inseeCode, this.population,
				this.agents, this.regionCode, this.departmentCode, this.parent, this.emailDomains, etag);
	}

	/** The numbers that are not whole numbers: field → message key. Thousands may be separated by spaces. */
	Map<String, String> wrongNumbers() {
		Map<String, String> wrong = new LinkedHashMap<>();
		if (!isWholeNumberOrBlank(this.population)) {
			wrong.put("population", "authority.invalid.population");
		}
		if (!isWholeNumberOrBlank(this.agents)) {
			wrong.put("agents", "authority.invalid.agents");
		}
		return wrong;
	}

	/** The body of {@code POST /api/v1/authorities}. Call only when {@link #wrongNumbers()} is empty. */
	Map<String, @Nullable Object> creation() {
		Map<String, @Nullable Object> body = new LinkedHashMap<>();
		body.put("slug", trimmed(this.slug));
		body.put("name", trimmed(this.name));
		body.put("kind", trimmed(this.kind));
		body.put("siren", withoutSpaces(this.siren));
		body.putAll(mergePatch());
		return body;
	}

	/**
	 * The body of {@code PATCH /api/v1/authorities/{slug}}: a JSON merge patch of every field
	 * of the form, where an emptied field is {@code null} (removed). Call only when
	 * {@link #wrongNumbers()} is empty.
	 */
	Map<String, @Nullable Object> mergePatch() {
		Map<String, @Nullable Object> patch = new LinkedHashMap<>();
		patch.put("name", trimmed(this.name));
		patch.put("inseeCode", withoutSpaces(this.inseeCode));
		patch.put("population", number(this.population));
		patch.put("agents", number(this.agents));
		patch.put("regionCode", trimmed(this.regionCode));
		patch.put("departmentCode", withoutSpaces(this.departmentCode));
		patch.put("parent", trimmed(this.parent));
		patch.put("emailDomains", domains());
		return patch;
	}

	/** The email domains, in lower case, each once. */
	List<String> domains() {
		if (this.emailDomains == null) {
			return List.of();
		}
		return List.copyOf(Arrays.stream(DOMAIN_SEPARATORS.split(this.emailDomains.strip()))
			.filter((domain) -> !domain.isEmpty())
			.map(String::toLowerCase)
			.collect(LinkedHashSet<String>::new, LinkedHashSet::add, LinkedHashSet::addAll));
	}

	private static boolean isWholeNumberOrBlank(@Nullable String value) {
		String digits = withoutSpaces(value);
		return digits == null || WHOLE_NUMBER.matcher(digits).matches();
	}

	private static @Nullable Integer number(@Nullable String value) {
		String digits = withoutSpaces(value);
		return (digits != null) ? Integer.valueOf(digits) : null;
	}

	private static @Nullable String trimmed(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static @Nullable String withoutSpaces(@Nullable String value) {
		String trimmed = trimmed(value);
		return (trimmed != null) ? SPACES.matcher(trimmed).replaceAll("") : null;
	}

	private static @Nullable String text(@Nullable Integer number) {
		return Objects.toString(number, null);
	}

}
