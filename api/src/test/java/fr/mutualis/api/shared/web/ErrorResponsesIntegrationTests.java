package fr.mutualis.api.shared.web;

import fr.mutualis.api.ApiTestDatabase;
import fr.mutualis.stack.TestStack;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Every kind of bad request gets an RFC 9457 document through the real server, security and codecs. The api has no
 * JSON-accepting route of its own yet, so a probe route is added for this test only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(ErrorResponsesIntegrationTests.Probe.class)
class ErrorResponsesIntegrationTests {

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        ApiTestDatabase.register(registry);
    }

    @Autowired
    private WebTestClient client;

    private final String token = TestStack.accessToken("editor.bretagne");

    @Test
    void malformedJsonIsABadRequest() {
        post("{\"name\": \"Quimper\",", MediaType.APPLICATION_JSON)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("urn:mutualis:problem:malformed-body")
                .jsonPath("$.status").isEqualTo(400);
    }

    @Test
    void aValueOfTheWrongTypeIsABadRequest() {
        post("{\"name\": \"Quimper\", \"count\": \"many\"}", MediaType.APPLICATION_JSON)
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.type").isEqualTo("urn:mutualis:problem:malformed-body");
    }

    @Test
    void everyInvalidFieldIsListed() {
        post("{\"name\": \" \", \"count\": 1000}", MediaType.APPLICATION_JSON)
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:mutualis:problem:invalid-input")
                .jsonPath("$.errors.length()").isEqualTo(2)
                .jsonPath("$.errors[?(@.field == 'name')].message").exists()
                .jsonPath("$.errors[?(@.field == 'count')].message").exists();
    }

    @Test
    void aDeadlockBrokenByPostgresqlIsATemporaryFailureToRetry() {
        client.post().uri("/api/v1/probe/deadlock").headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals("Retry-After", "1")
                .expectBody().jsonPath("$.type").isEqualTo("urn:mutualis:problem:try-again");
    }

    @Test
    void aWrongContentTypeIsUnsupported() {
        post("name=Quimper", MediaType.APPLICATION_FORM_URLENCODED)
                .expectStatus().isEqualTo(415)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mutualis:problem:unsupported-media-type");
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        String huge = "{\"name\": \"" + "x".repeat(300 * 1024) + "\", \"count\": 1}";
        post(huge, MediaType.APPLICATION_JSON)
                .expectStatus().isEqualTo(413)
                .expectBody().jsonPath("$.type").isEqualTo("urn:mutualis:problem:payload-too-large");
    }

    @Test
    void anUnknownPathIsNotFound() {
        problem(client.get().uri("/api/v1/nothing-here").headers(h -> h.setBearerAuth(token)).exchange(), 404)
                .jsonPath("$.type").isEqualTo("urn:mutualis:problem:not-found");
    }

    @Test
    void aWrongMethodIsNotAllowed() {
        problem(client.delete().uri("/api/v1/me").headers(h -> h.setBearerAuth(token)).exchange(), 405)
                .jsonPath("$.type").isEqualTo("urn:mutualis:problem:method-not-allowed");
    }

    @Test
    void errorsNeverLeakInternals() {
        post("{\"name\": \"Quimper\",", MediaType.APPLICATION_JSON)
                .expectBody(String.class).value(body -> org.assertj.core.api.Assertions.assertThat(body)
                        .doesNotContain("Exception").doesNotContain("at fr.").doesNotContain("jackson"));
    }

    private WebTestClient.ResponseSpec post(String body, MediaType type) {
        WebTestClient.ResponseSpec response = client.post().uri("/api/v1/probe").headers(h -> h.setBearerAuth(token))
                .contentType(type).bodyValue(body).exchange();
        return response.expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static WebTestClient.BodyContentSpec problem(WebTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(status).jsonPath("$.title").isNotEmpty();
    }

    record ProbeRequest(@NotBlank String name, @Max(10) int count) {
    }

    @TestConfiguration
    @RestController
    static class Probe {

        /** Optional: web slice tests of other controllers scan this probe too, without a database. */
        private final ObjectProvider<DatabaseClient> database;

        Probe(ObjectProvider<DatabaseClient> database) {
            this.database = database;
        }

        @PostMapping(path = "/api/v1/probe", consumes = MediaType.APPLICATION_JSON_VALUE)
        Mono<ProbeRequest> accept(@Valid @RequestBody ProbeRequest request) {
            return Mono.just(request);
        }

        /** PostgreSQL answers as it does when it breaks a deadlock (SQLSTATE 40P01), through the real driver. */
        @PostMapping(path = "/api/v1/probe/deadlock")
        Mono<Long> deadlock() {
            return database.getObject().sql("DO $$ BEGIN RAISE EXCEPTION 'deadlock detected' USING ERRCODE = '40P01'; END $$")
                    .fetch().rowsUpdated();
        }
    }
}
