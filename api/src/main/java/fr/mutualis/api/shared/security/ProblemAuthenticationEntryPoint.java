package fr.mutualis.api.shared.security;

import fr.mutualis.api.shared.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 as problem+json, with the {@code WWW-Authenticate} challenge of RFC 6750. */
@Component
class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    private final ProblemResponses problems;

    ProblemAuthenticationEntryPoint(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException failure) {
        boolean tokenGiven = failure instanceof InvalidBearerTokenException
                || exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.WWW_AUTHENTICATE, tokenGiven
                ? "Bearer realm=\"mutualis\", error=\"invalid_token\", error_description=\"The access token is not valid\""
                : "Bearer realm=\"mutualis\"");
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.UNAUTHORIZED,
                tokenGiven ? "invalid-token" : "authentication-required",
                tokenGiven ? "Invalid access token" : "Authentication required",
                tokenGiven
                        ? "The access token is expired, malformed, badly signed, or not issued for this api."
                        : "This resource needs an access token from the Mutualis Keycloak realm (Authorization: Bearer).");
        return problems.write(exchange, problem, headers);
    }
}
