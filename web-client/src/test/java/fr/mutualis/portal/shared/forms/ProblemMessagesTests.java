package fr.mutualis.portal.shared.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.mutualis.portal.shared.api.ApiProblem;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

class ProblemMessagesTests {

	static final FormFields AUTHORITY = FormFields.of("authority", "slug", "name", "siren", "emailDomains")
		.alias("domains", "emailDomains");

	final ProblemMessages problems = new ProblemMessages(portalMessages());

	@Test
	void eachInvalidFieldGetsThePortalsExplanationInTheOrderOfTheForm() {
		FormErrors errors = explain(400, null, null, "siren:not a SIREN", "slug:must match", "emailDomains[2]:bad");

		assertThat(errors.all()).extracting(FormErrors.Message::field).containsExactly("slug", "siren", "emailDomains");
		assertThat(errors.of("siren")).startsWith("Le SIREN compte 9 chiffres");
		assertThat(errors.of("emailDomains")).startsWith("Chaque domaine s’écrit");
		assertThat(errors.describedBy("siren", true)).isEqualTo("authority-siren-aide authority-siren-erreur");
		assertThat(errors.describedBy("name", false)).isNull();
		assertThat(errors.anchor(errors.all().getFirst())).isEqualTo("#authority-slug");
	}

	@Test
	void aFieldWithoutExplanationShowsTheApisWordsAndAnUnknownFieldGoesToTheSummaryOnly() {
		FormErrors errors = explain(400, null, null, "name:size must be between 2 and 200", "weird:is odd");

		assertThat(errors.of("name")).isNotNull();
		assertThat(errors.all()).last().satisfies((message) -> {
			assertThat(message.field()).isNull();
			assertThat(message.text()).isEqualTo("La valeur « weird » n’est pas acceptée (is odd).");
		});
	}

	@Test
	void aConflictGoesNextToTheFieldItNamesUnderAnyOfItsNames() {
		assertThat(explain(409, "conflict", "siren").of("siren")).isEqualTo("Une autre collectivité a déjà ce SIREN sur Mutualis.");
		assertThat(explain(409, "conflict", "domains").of("emailDomains"))
			.isEqualTo("Un de ces domaines appartient déjà à une autre collectivité.");
	}

	@Test
	void aConflictWithoutFieldIsExplainedByItsTypeElseByTheForm() {
		assertThat(explain(409, "urn:mutualis:problem:last-admin", null).all()).singleElement()
			.extracting(FormErrors.Message::text).asString().startsWith("Impossible : une collectivité garde toujours");
		assertThat(explain(409, "urn:mutualis:problem:conflict", null).all()).singleElement()
			.extracting(FormErrors.Message::text).asString().startsWith("Cette collectivité existe déjà");
	}

	@Test
	void staleUnavailableAndUnexpectedProblemsAreAboutTheWholeForm() {
		assertThat(explain(412, null, null).all()).singleElement().extracting(FormErrors.Message::text).asString()
			.startsWith("Quelqu’un a modifié cette collectivité");
		assertThat(explain(503, null, null).all()).singleElement().extracting(FormErrors.Message::text).asString()
			.startsWith("Keycloak, le service de connexion de Mutualis, est injoignable");
		assertThat(explain(422, null, null).all()).singleElement().extracting(FormErrors.Message::text).asString()
			.startsWith("Certaines valeurs ne sont pas acceptées");
	}

	@Test
	void speaksEnglishToo() {
		FormErrors errors = this.problems.explain(problem(503, null, null), AUTHORITY, Locale.ENGLISH);

		assertThat(errors.all().getFirst().text()).startsWith("Keycloak, the sign-in service of Mutualis, is unreachable");
	}

	@Test
	void theFormsOwnFindingsUseTheSameMessages() {
		FormErrors errors = this.problems.invalid(Map.of("siren", "authority.invalid.siren"), AUTHORITY, Locale.FRENCH);

		assertThat(errors.has("siren")).isTrue();
		assertThat(errors.errorId("siren")).isEqualTo("authority-siren-erreur");
	}

	private FormErrors explain(int status, String type, String field, String... invalid) {
		return this.problems.explain(problem(status, type, field, invalid), AUTHORITY, Locale.FRENCH);
	}

	private static ApiProblem problem(int status, String type, String field, String... invalid) {
		List<ApiProblem.InvalidField> errors = java.util.Arrays.stream(invalid)
			.map((one) -> new ApiProblem.InvalidField(one.substring(0, one.indexOf(':')), one.substring(one.indexOf(':') + 1)))
			.toList();
		return ApiProblem.of(status, new ApiProblem.Body(type, "Title", status, "In English.", errors, field));
	}

	private static ResourceBundleMessageSource portalMessages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
