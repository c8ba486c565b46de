package fr.mutualis.portal.shared.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/**
 * The api refused a request with an RFC 9457 problem that a page can explain to the user:
 * invalid input (400), a conflict (409), a stale version (412), or a service the api needs
 * that is unreachable (503). Pages catch it to show the problem on their form
 * ({@code shared.forms.ProblemMessages} turns it into messages); when a page does not, it
 * renders the portal's error page for the same status (a 5xx as "service unavailable").
 */
public class ApiProblem extends ResponseStatusException {

	private final Body problem;

	ApiProblem(HttpStatusCode status, Body problem) {
		super(status.is5xxServerError() ? HttpStatus.BAD_GATEWAY : status, problem.title());
		this.problem = problem;
	}

	/** A problem as a test or a page builds it. */
	public static ApiProblem of(int status, Body problem) {
		return new ApiProblem(HttpStatusCode.valueOf(status), problem);
	}

	/** The status the api answered, e.g. 409. */
	public int status() {
		return (this.problem.status() != null) ? this.problem.status() : getStatusCode().value();
	}

	/** The problem's type, e.g. {@code urn:mutualis:problem:invalid-input}, if any. */
	public @Nullable String type() {
		return this.problem.type();
	}

	/** The api's explanation, in English, for the logs and as a last resort. */
	public @Nullable String detail() {
		return this.problem.detail();
	}

	/** The invalid fields of a 400 (may be empty). */
	public List<InvalidField> errors() {
		return this.problem.errors();
	}

	/** The field a 409 names, e.g. {@code siren}, if any. */
	public @Nullable String field() {
		return this.problem.field();
	}

	/**
	 * An RFC 9457 problem document as the api writes it ({@code application/problem+json}).
	 *
	 * @param type stable URN of the problem
	 * @param title short summary
	 * @param status HTTP status
	 * @param detail explanation for this occurrence
	 * @param errors every invalid field of a 400
	 * @param field the field a 409 conflicts on
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Body(@Nullable String type, @Nullable String title, @Nullable Integer status,
			@Nullable String detail, List<InvalidField> errors, @Nullable String field) {

		public Body {
			errors = (errors != null) ? List.copyOf(errors) : List.of();
		}

		static Body withStatus(int status) {
			return new Body(null, null, status, null, List.of(), null);
		}

	}

	/**
	 * One invalid field of a 400.
	 *
	 * @param field the field's name in the api's JSON, e.g. {@code siren} or {@code emailDomains[1]}
	 * @param message what is wrong with it, in the api's words
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record InvalidField(String field, @Nullable String message) {
	}

}
