package org.learncal.apispec;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The validator only checks that required response headers are present; this checks the value of every
 * documented header a response carries against the header's schema (enum, pattern, integer...).
 */
final class DocumentedHeaders {
    private final OpenAPI api;
    private final SchemaValidator schemas;

    DocumentedHeaders(OpenAPI api) {
        this.api = api;
        this.schemas = new SchemaValidator(api, new MessageResolver());
    }

    /** Messages for each documented header whose value does not match its schema. */
    List<String> check(Exchange exchange, ApiResponse response) {
        List<String> failures = new ArrayList<>();
        if (response == null || response.getHeaders() == null) {
            return failures;
        }
        for (Map.Entry<String, Header> documented : response.getHeaders().entrySet()) {
            Header header = resolve(documented.getValue());
            String value = exchange.responseHeader(documented.getKey()).orElse(null);
            if (value == null || header.getSchema() == null) {
                continue;
            }
            // like a parameter value: the validator quotes it itself when the schema is a string
            ValidationReport report = schemas.validate(value, header.getSchema(), "header " + documented.getKey());
            report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(message -> failures.add("header " + documented.getKey() + " '" + value + "': "
                            + message.getMessage()));
        }
        return failures;
    }

    /** The documented response for this exchange's path, method and status (or default), if any. */
    ApiResponse response(Exchange exchange, ContractValidator contract) {
        for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
            if (!template(path.getKey()).matcher(exchange.path()).matches()) {
                continue;
            }
            Operation operation = path.getValue().readOperationsMap()
                    .get(PathItem.HttpMethod.valueOf(exchange.method()));
            if (operation != null && operation.getResponses() != null) {
                ApiResponse response = operation.getResponses().get(Integer.toString(exchange.status()));
                return response == null ? null : contract.resolve(response);
            }
        }
        return null;
    }

    private Header resolve(Header header) {
        String ref = header.get$ref();
        return ref == null ? header : api.getComponents().getHeaders().get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static Pattern template(String path) {
        String[] literals = path.split("\\{[^}]+}", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(literals[0]));
        for (int i = 1; i < literals.length; i++) {
            regex.append("[^/]+").append(Pattern.quote(literals[i]));
        }
        return Pattern.compile(regex.toString());
    }
}
