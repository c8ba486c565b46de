package fr.mutualis.api.shared.web;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Refuses a body announced larger than the limit before reading it (413). Chunked bodies without a length are capped
 * by the codecs' in-memory limit, which the exception handler also answers with 413.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestSizeLimit implements WebFilter {

    private final DataSize limit;
    private final ProblemResponses problems;

    RequestSizeLimit(@Value("${spring.http.codecs.max-in-memory-size:256KB}") DataSize limit,
            ProblemResponses problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long announced = exchange.getRequest().getHeaders().getContentLength();
        if (announced > limit.toBytes()) {
            return problems.write(exchange, tooLarge(), new HttpHeaders());
        }
        return chain.filter(exchange);
    }

    static ProblemDetail tooLarge() {
        return ProblemResponses.problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
                "The request body is larger than this api accepts.");
    }
}
