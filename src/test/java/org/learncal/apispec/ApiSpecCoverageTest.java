package org.learncal.apispec;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learncal.support.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The spec and the service list the same API: every documented path answers, every /api route is documented. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiSpecCoverageTest {
    /** Values for path parameters, taken from seed-data/. */
    private static final Map<String, String> SEED_VALUES = Map.ofEntries(
            Map.entry("/api/events/{id}", "/api/events/" + OpenApiContractTest.BENGUERIR_WEBINAR),
            Map.entry("/api/events/{id}/history", "/api/events/" + OpenApiContractTest.BENGUERIR_WEBINAR + "/history"),
            Map.entry("/api/organizers/{slug}", "/api/organizers/um6p"),
            Map.entry("/api/organizers/{slug}/tokens", "/api/organizers/um6p/tokens"),
            Map.entry("/api/networks/{slug}", "/api/networks/gnlc"),
            Map.entry("/api/networks/{slug}/tokens", "/api/networks/gnlc/tokens"),
            Map.entry("/api/networks/{network}/trusted", "/api/networks/gnlc/trusted"),
            Map.entry("/api/cities/{slug}", "/api/cities/benguerir"),
            Map.entry("/oembed", "/oembed?url=https://learncal.test/networks/gnlc"),
            Map.entry("/calendar/networks/{slug}.ics", "/calendar/networks/gnlc.ics"),
            Map.entry("/calendar/organizers/{slug}.ics", "/calendar/organizers/um6p.ics"),
            Map.entry("/calendar/cities/{slug}.ics", "/calendar/cities/benguerir.ics"),
            Map.entry("/calendar/events/{id}.ics",
                    "/calendar/events/" + OpenApiContractTest.BENGUERIR_WEBINAR + ".ics"));

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Router router;

    ContractValidator contract;

    @BeforeAll
    void loadSpec() {
        contract = ContractValidator.load();
    }

    @Test
    void everyDocumentedGetAnswersWithItsDocumentedSuccess() {
        List<String> failures = new ArrayList<>();
        Map<String, String> values = new java.util.HashMap<>(SEED_VALUES);
        values.put("/api/sources/{id}", "/api/sources/" + client.toBlocking().retrieve(HttpRequest.POST("/api/sources",
                Map.of("url", "https://calendar.example.org/um6p.ics", "organizer", "um6p")).bearerAuth(Tokens.ADMIN),
                Map.class).get("id"));
        contract.api().getPaths().forEach((path, item) -> {
            if (item.getGet() == null) {
                return;
            }
            if (path.contains("{") && !values.containsKey(path)) {
                failures.add(path + ": give SEED_VALUES an existing resource for its path parameters");
                return;
            }
            // the admin token opens the authenticated GETs; public ones ignore it
            Exchange exchange = Exchange.send(client, HttpRequest.GET(values.getOrDefault(path, path))
                    .accept("*/*").bearerAuth(Tokens.ADMIN), "*/*");
            if (exchange.status() != 200) {
                failures.add(exchange.toString());
            }
        });
        assertEquals(List.of(), failures);
    }

    /** The feed routes take the whole file name ({file}); the spec names it {slug}.ics or {id}.ics. */
    @Test
    void everyFeedRouteOfTheServiceIsDocumented() {
        Set<String> routes = router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/calendar"))
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .map(route -> route.getHttpMethod() + " " + route.getUriMatchTemplate().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = operations(contract.api()).stream()
                .map(operation -> operation.replaceAll("\\{[a-z]+}\\.ics$", "{file}"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("GET /calendar.ics", "GET /calendar/cities/{file}", "GET /calendar/events/{file}",
                "GET /calendar/networks/{file}", "GET /calendar/organizers/{file}"), routes);
        assertTrue(documented.containsAll(routes), "feed routes missing from the spec: "
                + routes.stream().filter(route -> !documented.contains(route)).toList());
    }

    @Test
    void everyApiRouteOfTheServiceIsDocumented() {
        Set<String> routes = router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toString().startsWith("/api/"))
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD) // added by Micronaut for every GET
                .map(route -> route.getHttpMethod() + " " + route.getUriMatchTemplate().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented = operations(contract.api());
        assertTrue(documented.containsAll(routes), "routes missing from the spec: "
                + routes.stream().filter(route -> !documented.contains(route)).toList());
        assertTrue(routes.size() >= 30, "expected the catalogue routes, found " + routes);
    }

    private static Set<String> operations(OpenAPI api) {
        Set<String> operations = new TreeSet<>();
        if (api != null && api.getPaths() != null) {
            api.getPaths().forEach((path, item) -> item.readOperationsMap()
                    .forEach((method, operation) -> operations.add(method + " " + path)));
        }
        return operations;
    }

    /** Examples are what most readers copy: each must itself match the schema it illustrates. */
    @Test
    void everyResponseExampleMatchesItsSchema() {
        SchemaValidator validator = new SchemaValidator(contract.api(), new MessageResolver());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, PathItem> path : contract.api().getPaths().entrySet()) {
            for (Operation operation : path.getValue().readOperations()) {
                for (var response : operation.getResponses().entrySet()) {
                    Map<String, MediaType> content = contract.resolve(response.getValue()).getContent();
                    for (MediaType media : content == null ? List.<MediaType>of() : content.values()) {
                        for (Object example : examples(media)) {
                            checked++;
                            check(validator, media.getSchema(), example,
                                    path.getKey() + " " + response.getKey(), failures);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(checked >= 10, "only " + checked + " examples found");
    }

    private List<Object> examples(MediaType media) {
        List<Object> examples = new ArrayList<>();
        if (media.getExample() != null) {
            examples.add(media.getExample());
        }
        if (media.getExamples() != null) {
            media.getExamples().values().forEach(example -> examples.add(contract.resolve(example).getValue()));
        }
        return examples;
    }

    private static void check(SchemaValidator validator, Schema<?> schema, Object example, String where,
                              List<String> failures) {
        try {
            ValidationReport report = validator.validate(Json.mapper().writeValueAsString(example), schema, "example");
            report.getMessages().stream().filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                    .forEach(message -> failures.add(where + ": " + message.getMessage()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            failures.add(where + ": " + e.getMessage());
        }
    }
}
