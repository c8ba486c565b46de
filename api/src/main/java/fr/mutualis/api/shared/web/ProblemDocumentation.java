package fr.mutualis.api.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the errors of every operation in the OpenAPI document: the RFC 9457 {@code Problem} schema, the statuses
 * an operation of its kind can answer (with an example each), and a {@code default} response for the rest, so that a
 * client (and the contract tests) can rely on the shape of every error.
 */
@Component
class ProblemDocumentation implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String REF = "#/components/schemas/" + PROBLEM;

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components.addSchemas(PROBLEM, problemSchema()));
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(ProblemDocumentation::optionalMeansNullable);
        }
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> document(path, method, operation)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        documentCreation(method, responses);
        if (method == PathItem.HttpMethod.DELETE && !responses.containsKey("204")) {
            responses.addApiResponse("204", new ApiResponse().description("Deleted"));
        }
        ApiResponse noContent = responses.get("204");
        if (noContent != null) {
            noContent.setContent(null);
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        statuses.put("400", "Invalid input: the errors array names each field");
        statuses.put("401", "No valid access token (or, on an anonymous read, an invalid one)");
        statuses.put("403", "Authenticated, but the role does not allow it");
        statuses.put("404", "Not found, or private to another authority");
        if (method != PathItem.HttpMethod.GET) {
            statuses.put("409", "The current state does not allow it");
        }
        if (method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.DELETE) {
            statuses.put("412", "If-Match does not match the current ETag");
        }
        if (path.startsWith("/public/")) {
            statuses.put("429", "Rate limited: see Retry-After and the RateLimit headers");
        }
        if (method == PathItem.HttpMethod.GET
                && (path.equals("/api/v1/practices") || path.equals("/public/v1/practices"))) {
            statuses.put("503", "Busy: too many searches wait their turn in this instance; see Retry-After");
        }
        if (path.startsWith("/public/") && method == PathItem.HttpMethod.GET && !responses.containsKey("304")) {
            responses.addApiResponse("304", new ApiResponse()
                    .description("Not modified: If-None-Match names the current ETag; no body"));
        }
        statuses.forEach((status, description) -> {
            if (!responses.containsKey(status)) {
                responses.addApiResponse(status, problemResponse(status, description));
            }
        });
        responses.addApiResponse("default", problemResponse("500", "Any other error, always problem+json"));
        operation.setResponses(responses);
    }

    /**
     * The api writes every member of a response, absent values as {@code null} ({@code default-property-inclusion:
     * always}): a member that the schema does not require may be null (OpenAPI 3.1: {@code "null"} is one of its
     * types).
     */
    @SuppressWarnings("unchecked")
    private static void optionalMeansNullable(Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        schema.getProperties().replaceAll((name, property) -> {
            if (required.contains(name)) {
                return property;
            }
            if (property.getTypes() != null && !property.getTypes().isEmpty()) {
                property.addType("null");
                if (property.getEnum() != null && !property.getEnum().contains(null)) {
                    ((List<Object>) property.getEnum()).add(null);
                }
                return property;
            }
            if (property.get$ref() != null) {
                Schema<Object> none = new Schema<>();
                none.addType("null");
                Schema<Object> nullable = new Schema<>();
                nullable.setAnyOf(List.of(new Schema<>().$ref(property.get$ref()), none));
                return nullable;
            }
            return property;
        });
    }

    /**
     * A POST (or an upserting PUT) answers 201 with the created resource and its Location, or 200 when the resource
     * already existed (an identical retry, an update).
     */
    private static void documentCreation(PathItem.HttpMethod method, ApiResponses responses) {
        ApiResponse ok = responses.get("200");
        boolean mayCreate = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT;
        if (mayCreate && ok != null && !responses.containsKey("201")) {
            responses.addApiResponse("201", new ApiResponse().description("Created; Location names the new resource")
                    .content(ok.getContent())
                    .addHeaderObject("Location", new io.swagger.v3.oas.models.headers.Header()
                            .schema(new StringSchema().format("uri-reference"))));
            ok.setDescription("The resource already existed: as it is now");
        }
    }

    private static ApiResponse problemResponse(String status, String description) {
        Example example = new Example().value(Map.of(
                "type", "urn:mutualis:problem:" + exampleType(status),
                "title", description,
                "status", Integer.parseInt(status),
                "detail", description + ".",
                "instance", "/api/v1/authorities/region-bretagne",
                "requestId", "3f2a9c1e-12"));
        MediaType media = new MediaType().schema(new Schema<>().$ref(REF)).addExamples(status, example);
        return new ApiResponse().description(description).content(new Content().addMediaType(PROBLEM_JSON, media));
    }

    private static String exampleType(String status) {
        return switch (status) {
            case "400" -> "invalid-input";
            case "401" -> "authentication-required";
            case "403" -> "forbidden";
            case "404" -> "not-found";
            case "409" -> "conflict";
            case "412" -> "precondition-failed";
            case "429" -> "rate-limited";
            case "503" -> "busy";
            default -> "internal-error";
        };
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema().description("The field, as named in the request"))
                .addProperty("message", new StringSchema().description("What is wrong, for a person"));
        fieldError.addProperty("line", new IntegerSchema().description("For a CSV file: the line of the error"));
        fieldError.setRequired(List.of("field", "message"));
        fieldError.setAdditionalProperties(true);
        Schema<?> problem = new ObjectSchema()
                .description("RFC 9457 problem details; extra members may be added")
                .addProperty("type", new StringSchema().format("uri").description("Stable type, urn:mutualis:problem:*"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("requestId", new StringSchema().description("Also in the X-Request-Id header"))
                .addProperty("errors", new ArraySchema().items(fieldError).description("For 400: one per field"));
        problem.setRequired(List.of("type", "title", "status"));
        problem.setAdditionalProperties(true);
        return problem;
    }
}
