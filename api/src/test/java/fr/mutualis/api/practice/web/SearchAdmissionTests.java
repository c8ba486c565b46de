package fr.mutualis.api.practice.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.api.practice.SearchAdmissionProperties;
import fr.mutualis.api.shared.web.ProblemResponses;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Searches take their turn; a search that cannot even wait is told to come back; other routes never wait. */
class SearchAdmissionTests {

    private final List<String> passed = new ArrayList<>();

    @Test
    void aSearchBeyondTheLineIsAnswered503WithRetryAfterAndOtherRoutesGoOn() {
        SearchAdmission admission = new SearchAdmission(new SearchAdmissionProperties(1, 0),
                new ProblemResponses(ServerCodecConfigurer.create()), new StaticListableBeanFactory()
                        .getBeanProvider(MeterRegistry.class));
        WebFilterChain held = exchange -> {
            passed.add(exchange.getRequest().getURI().getPath());
            return Mono.never();
        };
        admission.filter(MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/practices?q=reemploi")), held)
                .subscribe();

        MockServerWebExchange refused = MockServerWebExchange.from(MockServerHttpRequest.get("/public/v1/practices"));
        admission.filter(refused, held).block();
        assertThat(refused.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(refused.getResponse().getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(refused.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponse().getBodyAsString().block()).contains("urn:mutualis:problem:busy");

        WebFilterChain answered = exchange -> {
            passed.add(exchange.getRequest().getMethod() + " " + exchange.getRequest().getURI().getPath());
            return Mono.empty();
        };
        admission.filter(MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/practices/0190a1b2-"
                + "0000-7000-8000-000000000001")), answered).block();
        admission.filter(MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/practices/preview")), answered)
                .block();
        admission.filter(MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/me")), answered).block();
        assertThat(passed).containsExactly("/api/v1/practices",
                "GET /api/v1/practices/0190a1b2-0000-7000-8000-000000000001", "POST /api/v1/practices/preview",
                "GET /api/v1/me");
    }

    @Test
    void theDefaultIsTwiceTheProcessors() {
        assertThat(new SearchAdmissionProperties(0, 1000).effectiveConcurrency())
                .isEqualTo(2 * Runtime.getRuntime().availableProcessors());
        assertThat(new SearchAdmissionProperties(3, 1000).effectiveConcurrency()).isEqualTo(3);
    }
}
