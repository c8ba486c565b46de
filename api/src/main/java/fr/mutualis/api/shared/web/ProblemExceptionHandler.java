package fr.mutualis.api.shared.web;

import io.r2dbc.spi.R2dbcException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The one place where an exception becomes an answer: always {@code application/problem+json} (RFC 9457) with a
 * stable type, never a stack trace or SQL. Runs before Spring Boot's own error handler.
 */
@Component
@Order(-2)
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    private static final Map<Integer, String> TYPES = Map.of(
            400, "invalid-input", 401, "authentication-required", 403, "forbidden", 404, "not-found",
            405, "method-not-allowed", 406, "not-acceptable", 409, "conflict", 412, "precondition-failed",
            413, "payload-too-large", 415, "unsupported-media-type");

    private final ProblemResponses problems;

    ProblemExceptionHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        HttpHeaders headers = new HttpHeaders();
        ProblemDetail problem = toProblem(exchange, failure, headers);
        return problems.write(exchange, problem, headers);
    }

    private ProblemDetail toProblem(ServerWebExchange exchange, Throwable failure, HttpHeaders headers) {
        if (failure instanceof DomainProblem temporary && temporary.retryAfter() != null) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(temporary.retryAfter().toSeconds()));
        }
        if (failure instanceof DomainProblem domain) {
            ProblemDetail problem = ProblemResponses.problem(domain.status(), domain.type(), domain.title(),
                    failure.getMessage());
            domain.properties().forEach(problem::setProperty);
            return problem;
        }
        if (concurrentUpdate(failure)) {
            // A deadlock or serialization failure: PostgreSQL rolled the transaction back, nothing was written.
            log.warn("Concurrent update on {} {} (request {}): {}", exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), exchange.getRequest().getId(), failure.toString());
            headers.set(HttpHeaders.RETRY_AFTER, "1");
            return ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "try-again", "Try again",
                    "Another request changed the same data at the same moment; nothing was saved. Try again.");
        }
        if (causedBy(failure, DataBufferLimitException.class)) {
            return RequestSizeLimit.tooLarge();
        }
        if (failure instanceof WebExchangeBindException invalid) {
            return invalidInput(invalid.getFieldErrors().stream().map(InvalidField::of).toList());
        }
        if (failure instanceof HandlerMethodValidationException invalid) {
            return invalidInput(InvalidField.of(invalid));
        }
        if (failure instanceof ServerWebInputException input && causedBy(input, DecodingException.class)) {
            return ProblemResponses.problem(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
                    "The request body is not valid JSON, or a value has the wrong type.");
        }
        if (failure instanceof ErrorResponse answer) {
            headers.addAll(answer.getHeaders());
            return fromStatus(answer.getStatusCode(), answer.getBody().getDetail());
        }
        log.error("Unexpected failure on {} {} (request {})", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath(), exchange.getRequest().getId(), failure);
        return ProblemResponses.problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                "Something went wrong on our side. The request id helps the operators find out what.");
    }

    private static ProblemDetail fromStatus(HttpStatusCode status, String detail) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String title = known == null ? "Error " + status.value() : known.getReasonPhrase();
        String safeDetail = status.value() == 404 ? "Nothing exists at this address." : detail;
        return ProblemResponses.problem(status, TYPES.getOrDefault(status.value(), "http-" + status.value()), title,
                safeDetail == null ? title : safeDetail);
    }

    static ProblemDetail invalidInput(List<InvalidField> errors) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                errors.size() + " field(s) are not valid.");
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A deadlock or serialization failure (SQLSTATE 40P01, 40001), however the driver and Spring classify it. */
    private static boolean concurrentUpdate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyFailureException || cause instanceof R2dbcException database
                    && ("40P01".equals(database.getSqlState()) || "40001".equals(database.getSqlState()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** One entry of the {@code errors} array of a 400 answer. */
    record InvalidField(String field, String message) {

        static InvalidField of(FieldError error) {
            return new InvalidField(error.getField(), String.valueOf(error.getDefaultMessage()));
        }

        static List<InvalidField> of(HandlerMethodValidationException invalid) {
            return invalid.getParameterValidationResults().stream()
                    .flatMap(result -> result.getResolvableErrors().stream()
                            .map(error -> new InvalidField(result.getMethodParameter().getParameterName(),
                                    String.valueOf(error.getDefaultMessage()))))
                    .toList();
        }
    }
}
