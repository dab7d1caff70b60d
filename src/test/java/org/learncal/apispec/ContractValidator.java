package org.learncal.apispec;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks recorded HTTP exchanges against api-spec/openapi.yaml (read from the class path, as the service serves
 * it): status, content type and body, and for well-formed requests the request too.
 */
final class ContractValidator {
    static final String SPEC = "api-spec/openapi.yaml";

    private final OpenAPI api;
    private final OpenApiInteractionValidator validator;
    private final DocumentedHeaders headers;

    private ContractValidator(OpenAPI api) {
        this.api = api;
        this.validator = OpenApiInteractionValidator.createFor(api).build();
        this.headers = new DocumentedHeaders(api);
    }

    /** Parses the spec once per test class; a spec that does not parse cleanly fails here. */
    static ContractValidator load() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(specText(), null, options);
        if (result.getMessages() != null && !result.getMessages().isEmpty()) {
            fail("api-spec/openapi.yaml does not parse cleanly: " + result.getMessages());
        }
        return new ContractValidator(result.getOpenAPI());
    }

    static String specText() {
        try (InputStream in = ContractValidator.class.getClassLoader().getResourceAsStream(SPEC)) {
            if (in == null) {
                throw new IllegalStateException(SPEC + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    OpenAPI api() {
        return api;
    }

    /** A response as written, following a {@code $ref} to components/responses. */
    ApiResponse resolve(ApiResponse response) {
        return response.get$ref() == null ? response : api.getComponents().getResponses().get(name(response.get$ref()));
    }

    Example resolve(Example example) {
        return example.get$ref() == null ? example : api.getComponents().getExamples().get(name(example.get$ref()));
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** A well-formed request and its answer: both must match the spec. */
    void assertValidExchange(Exchange exchange) {
        assertNoErrors(exchange, validator.validate(request(exchange), response(exchange)));
    }

    /** A deliberately wrong request (bad parameter, unknown id, wrong Accept): only the answer must match. */
    void assertValidResponse(Exchange exchange) {
        assertNoErrors(exchange, validator.validateResponse(exchange.path(),
                Request.Method.valueOf(exchange.method()), response(exchange)));
    }

    /** Answers to paths or methods the spec cannot list (unknown route, 405): must be a Problem document. */
    void assertProblem(Exchange exchange, int status) {
        assertEquals(status, exchange.status(), exchange.toString());
        assertEquals("application/problem+json", exchange.contentType(), exchange.toString());
        ValidationReport report = new SchemaValidator(api, new MessageResolver())
                .validate(exchange.body(), api.getComponents().getSchemas().get("Problem"), "problem");
        assertNoErrors(exchange, report);
    }

    private static SimpleRequest request(Exchange exchange) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(exchange.method(), exchange.path());
        exchange.requestHeaders().forEach(builder::withHeader);
        if (exchange.requestBody() != null) {
            builder.withBody(exchange.requestBody());
        }
        if (exchange.query() != null) {
            for (String pair : exchange.query().split("&")) {
                String[] nameValue = pair.split("=", 2);
                builder.withQueryParam(decode(nameValue[0]), decode(nameValue.length > 1 ? nameValue[1] : ""));
            }
        }
        return builder.build();
    }

    private static SimpleResponse response(Exchange exchange) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(exchange.status());
        exchange.responseHeaders().forEach(builder::withHeader);
        if (exchange.contentType() != null) {
            builder.withContentType(exchange.contentType());
        }
        if (exchange.body() != null && !exchange.body().isEmpty()) {
            builder.withBody(exchange.body());
        }
        return builder.build();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private void assertNoErrors(Exchange exchange, ValidationReport report) {
        List<String> messages = new ArrayList<>(report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage()).toList());
        messages.addAll(headers.check(exchange, headers.response(exchange, this)));
        if (!messages.isEmpty()) {
            fail("Response drifts from " + SPEC + " for " + exchange + "\n  "
                    + messages.stream().collect(Collectors.joining("\n  ")));
        }
    }
}
