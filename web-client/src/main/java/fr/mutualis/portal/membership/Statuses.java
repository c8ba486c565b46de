package fr.mutualis.portal.membership;

import fr.mutualis.portal.shared.api.ApiProblem;

import org.springframework.http.HttpStatus;

/** The status of a page that explains the api's problem: the api's own. */
final class Statuses {

	private Statuses() {
	}

	static HttpStatus of(ApiProblem problem) {
		HttpStatus status = HttpStatus.resolve(problem.status());
		return (status != null) ? status : HttpStatus.BAD_REQUEST;
	}

}
