package fr.mutualis.portal.shared.api;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The api did not give the portal what a page needs: it did not answer in time, refused, or
 * failed. The page says so in plain words (the {@code error/502} template), never with the
 * technical detail, which goes to the log.
 */
@ResponseStatus(HttpStatus.BAD_GATEWAY)
public class ApiUnavailable extends RuntimeException {

	ApiUnavailable(String request, Throwable cause) {
		super("The api failed for " + request + ": " + cause.getMessage(), cause);
	}

}
