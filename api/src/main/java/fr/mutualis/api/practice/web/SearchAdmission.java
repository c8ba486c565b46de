package fr.mutualis.api.practice.web;

import fr.mutualis.api.practice.SearchAdmissionProperties;
import fr.mutualis.api.shared.web.Admission;
import fr.mutualis.api.shared.web.ProblemResponses;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The library's searches ({@code GET /api/v1/practices} and {@code /public/v1/practices}) take their turn
 * ({@link Admission}, ADR 0024): a few at once per instance, the others in the order they came, before anything else
 * is done for them (authentication included). A full line is answered 503 {@code urn:mutualis:problem:busy} with
 * {@code Retry-After}. Meters: {@code mutualis.practices.search.running} and {@code .waiting}. Declared by
 * {@link SearchAdmissionConfiguration}, not scanned, so that web slice tests do not pick it up.
 */
class SearchAdmission implements WebFilter, Ordered {

    /** After the request id (highest precedence), before Spring Security (-100). */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    private final Admission admission;
    private final ProblemResponses problems;

    SearchAdmission(SearchAdmissionProperties properties, ProblemResponses problems,
            ObjectProvider<MeterRegistry> meters) {
        this.admission = new Admission(properties.effectiveConcurrency(), properties.maximumWaiting());
        this.problems = problems;
        meters.ifAvailable(registry -> {
            Gauge.builder("mutualis.practices.search.running", admission, Admission::running).register(registry);
            Gauge.builder("mutualis.practices.search.waiting", admission, Admission::waiting).register(registry);
        });
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!isSearch(exchange)) {
            return chain.filter(exchange);
        }
        return admission.admit(() -> chain.filter(exchange))
                .onErrorResume(Admission.Full.class, full -> {
                    HttpHeaders headers = new HttpHeaders();
                    headers.set(HttpHeaders.RETRY_AFTER, "1");
                    return problems.write(exchange, ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "busy",
                            "Busy", "Too many searches are waiting in this instance; try again in 1 s."), headers);
                });
    }

    private static boolean isSearch(ServerWebExchange exchange) {
        if (exchange.getRequest().getMethod() != HttpMethod.GET) {
            return false;
        }
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return path.equals("/api/v1/practices") || path.equals("/public/v1/practices");
    }
}
