package fr.mutualis.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import reactor.core.publisher.Mono;

/** The contract check itself: it lets a described response through and stops one the document does not describe. */
class OpenApiContractTests {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0", "info": {"title": "t", "version": "1"},
             "paths": {"/api/v1/things/{id}": {"get": {"parameters": [{"name": "id", "in": "path", "required": true,
               "schema": {"type": "string"}}],
               "responses": {"200": {"description": "a thing", "content": {"application/json": {"schema": {
                 "type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}}}}}}}}}""";

    private final ExchangeFilterFunction contract = new OpenApiContract(base -> Mono.just(DOCUMENT)).filter();

    @Test
    void aResponseThatMatchesTheDocumentPasses() {
        ClientResponse response = exchange(HttpStatus.OK, "{\"name\": \"laptop\"}");
        assertThat(response.bodyToMono(String.class).block()).contains("laptop");
    }

    @Test
    void aBodyThatBreaksTheSchemaFails() {
        assertThatThrownBy(() -> exchange(HttpStatus.OK, "{\"name\": 42}"))
                .hasMessageContaining("does not match the OpenAPI document");
    }

    @Test
    void aStatusTheDocumentDoesNotNameFails() {
        assertThatThrownBy(() -> exchange(HttpStatus.CONFLICT, "{\"name\": \"laptop\"}"))
                .hasMessageContaining("does not match the OpenAPI document");
    }

    private ClientResponse exchange(HttpStatus status, String body) {
        ClientRequest request = ClientRequest.create(HttpMethod.GET, URI.create("http://localhost:1/api/v1/things/7"))
                .build();
        return contract.filter(request, ignored -> Mono.just(ClientResponse.create(status)
                .header("Content-Type", MediaType.APPLICATION_JSON_VALUE).body(body).build())).block();
    }
}
