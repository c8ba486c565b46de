package fr.mutualis.api;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The contract test of every integration test: each response that a {@code WebTestClient} of a
 * {@code @SpringBootTest} receives from {@code /api} or {@code /public} is validated against the OpenAPI document
 * that the application serves at {@code /v3/api-docs} (status, headers, content type, body schema). A response the
 * document does not describe fails the test that received it.
 *
 * <p>Found by component scanning (it is a test-only {@code @Configuration} in the application's package).
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiContract {

    /** 404/405 for a path or method the api does not serve are not in the document, by definition. */
    private static final Set<Integer> UNDOCUMENTED_ROUTE_STATUSES = Set.of(404, 405);
    private static final Set<String> UNKNOWN_ROUTE_KEYS = Set.of("validation.response.path.missing",
            "validation.request.path.missing", "validation.response.operation.notAllowed",
            "validation.request.operation.notAllowed");

    private final ConcurrentHashMap<String, Mono<OpenApiInteractionValidator>> validators = new ConcurrentHashMap<>();
    private final Function<String, Mono<String>> documents;

    public OpenApiContract() {
        this(base -> WebClient.builder().baseUrl(base)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024)).build()
                .get().uri("/v3/api-docs").retrieve().bodyToMono(String.class));
    }

    /** With the OpenAPI document of a base URL read by {@code documents} (for the test of this class). */
    OpenApiContract(Function<String, Mono<String>> documents) {
        this.documents = documents;
    }

    @Bean
    WebTestClientBuilderCustomizer openApiContractValidation() {
        // The first exchange also reads the document: allow for a slow machine rather than the default 5 s.
        return builder -> builder.filter(filter()).responseTimeout(Duration.ofSeconds(30));
    }

    ExchangeFilterFunction filter() {
        return (request, next) -> {
            String path = request.url().getPath();
            boolean preflight = request.method() == HttpMethod.OPTIONS;
            if (preflight || (!path.startsWith("/api/") && !path.startsWith("/public/"))) {
                return next.exchange(request);
            }
            return next.exchange(request).flatMap(response -> response.bodyToMono(byte[].class)
                    .defaultIfEmpty(new byte[0])
                    .flatMap(body -> validator(request.url())
                            .doOnNext(validator -> check(validator, request, response, body))
                            .thenReturn(response.mutate()
                                    .body(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)))
                                    .build())));
        };
    }

    private Mono<OpenApiInteractionValidator> validator(URI url) {
        String base = url.getScheme() + "://" + url.getAuthority();
        return validators.computeIfAbsent(base, key -> documents.apply(key)
                .map(document -> OpenApiInteractionValidator.createForInlineApiSpecification(document).build())
                .cache());
    }

    private static void check(OpenApiInteractionValidator validator, ClientRequest request, ClientResponse response,
            byte[] body) {
        SimpleResponse.Builder actual = SimpleResponse.Builder.status(response.statusCode().value());
        response.headers().asHttpHeaders().forEach(actual::withHeader);
        if (body.length > 0) {
            actual.withBody(new String(body, StandardCharsets.UTF_8));
        }
        ValidationReport report = validator.validateResponse(request.url().getPath(),
                Request.Method.valueOf(request.method().name()), actual.build());
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .filter(message -> !(UNDOCUMENTED_ROUTE_STATUSES.contains(response.statusCode().value())
                        && UNKNOWN_ROUTE_KEYS.contains(message.getKey())))
                .toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("The response to " + request.method() + " " + request.url().getPath() + " ("
                    + response.statusCode().value() + ") does not match the OpenAPI document:\n"
                    + errors.stream().map(m -> "  " + m.getKey() + ": " + m.getMessage())
                            .collect(Collectors.joining("\n")) + "\nbody: "
                    + new String(body, StandardCharsets.UTF_8));
        }
    }
}
