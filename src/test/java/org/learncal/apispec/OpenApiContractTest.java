package org.learncal.apispec;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Calls the running service (seeded from seed-data/) and checks every answer against api-spec/openapi.yaml.
 * A response that gains, loses or retypes a property, or answers with another status or content type than the
 * spec allows, fails here: change the spec together with the code.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiContractTest {
    static final String BENGUERIR_WEBINAR = "3f1c2a7e-5b8d-4c3e-9a6f-0d2b1e4c7a01";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper json;

    ContractValidator contract;

    @BeforeAll
    void loadSpec() {
        contract = ContractValidator.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/events",
        "/api/events?limit=200",
        "/api/events?topic=literacy&language=fr",
        "/api/events?country=MA",
        "/api/events?country=ma,sn&format=online&format=hybrid",
        "/api/events?q=apprentissage&from=2021-01-01",
        "/api/events?from=2021-01-01T00:00:00Z&to=2027-12-31&status=scheduled&status=postponed&status=cancelled",
        "/api/events?city=benguerir&network=gnlc&organizer=um6p&from=2021-01-01",
        "/api/events?topic=literacy&topic=covid-19-response&free=true&limit=5",
        "/api/events?status=cancelled&free=false",
        "/api/events?q=no-such-words-anywhere"
    })
    void listingsMatchTheSpec(String uri) {
        contract.assertValidExchange(Exchange.get(client, uri));
    }

    @Test
    void theBenguerirWebinarIsFoundByItsFilters() throws IOException {
        Map<String, Object> page = read(Exchange.get(client,
                "/api/events?city=benguerir&network=gnlc&organizer=um6p&from=2021-01-01&to=2021-12-31"));
        List<?> items = (List<?>) page.get("items");
        assertEquals(1, items.size());
        assertEquals(BENGUERIR_WEBINAR, ((Map<?, ?>) items.get(0)).get("id"));
        assertNull(page.get("next"));
    }

    @Test
    void everyPageReachedByCursorMatchesTheSpec() throws IOException {
        String uri = "/api/events?from=2021-01-01&limit=7";
        List<String> pages = new ArrayList<>();
        while (uri != null) {
            Exchange exchange = Exchange.get(client, uri);
            contract.assertValidExchange(exchange);
            pages.add(uri);
            Map<String, Object> page = read(exchange);
            Map<?, ?> links = (Map<?, ?>) page.get("links");
            assertEquals(page.get("next") == null, !links.containsKey("next"));
            uri = page.get("next") == null ? null
                    : "/api/events?from=2021-01-01&limit=7&cursor=" + page.get("next");
        }
        assertFalse(pages.size() < 3, "the seed data should give several pages of 7: " + pages);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/events/" + BENGUERIR_WEBINAR,
        "/api/organizers", "/api/organizers/um6p", "/api/organizers/uil",
        "/api/networks", "/api/networks/gnlc", "/api/networks/fr-villes-apprenantes",
        "/api/cities", "/api/cities/benguerir", "/api/cities/dakar",
        "/api/topics",
        "/health"
    })
    void resourcesMatchTheSpec(String uri) {
        contract.assertValidExchange(Exchange.get(client, uri));
    }

    @Test
    void everyEventOfTheSeedMatchesTheSpec() throws IOException {
        Map<String, Object> page = read(Exchange.get(client,
                "/api/events?from=2000-01-01&status=scheduled&status=postponed&status=cancelled&limit=200"));
        List<?> items = (List<?>) page.get("items");
        assertFalse(items.isEmpty());
        for (Object item : items) {
            contract.assertValidExchange(Exchange.get(client, "/api/events/" + ((Map<?, ?>) item).get("id")));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/api/events?limit=0",
        "/api/events?limit=201&free=maybe",
        "/api/events?topic=literature&country=XX&language=%20-&format=by_post&status=done",
        "/api/events?from=yesterday&to=2020-01-01",
        "/api/events?from=2027-01-02&to=2027-01-01",
        "/api/events?colour=blue",
        "/api/events?q=a&q=b",
        "/api/events?cursor=not-a-cursor",
        "/api/events/00000000-0000-0000-0000-000000000000",
        "/api/events/not-a-uuid",
        "/api/organizers/nobody",
        "/api/networks/nowhere",
        "/api/cities/atlantis"
    })
    void errorsMatchTheSpec(String uri) {
        Exchange exchange = Exchange.get(client, uri);
        assertEquals(uri.contains("?") ? 400 : 404, exchange.status(), exchange.toString());
        contract.assertValidResponse(exchange);
    }

    @Test
    void aCursorOfAnotherSearchIsRefused() throws IOException {
        String next = (String) read(Exchange.get(client, "/api/events?from=2021-01-01&limit=1")).get("next");
        Exchange exchange = Exchange.get(client, "/api/events?from=2021-01-01&limit=1&topic=literacy&cursor=" + next);
        assertEquals(400, exchange.status());
        contract.assertValidResponse(exchange);
    }

    @Test
    void anUnacceptableRepresentationAnswers406() {
        Exchange exchange = Exchange.get(client, "/api/events", "application/xml");
        assertEquals(406, exchange.status());
        contract.assertValidResponse(exchange);
    }

    @Test
    void anUnknownPathAnswersAProblem() {
        contract.assertProblem(Exchange.get(client, "/api/no-such-thing"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/events", "/api/topics", "/api/cities/benguerir"})
    void anUnsupportedMethodAnswersAProblem(String uri) {
        Exchange exchange = Exchange.send(client, HttpRequest.DELETE(uri), null);
        contract.assertProblem(exchange, 405);
    }

    /** A body of a type POST /api/events does not read answers 415 in the shared Problem shape. */
    @Test
    void aBodyOfAnUnreadableContentTypeAnswersAProblem() {
        Exchange exchange = Exchange.send(client,
                HttpRequest.POST("/api/events", "title,start").contentType("text/csv"), null);
        contract.assertProblem(exchange, 415);
    }

    private Map<String, Object> read(Exchange exchange) throws IOException {
        assertEquals(200, exchange.status(), exchange.toString());
        return json.readValue(exchange.body(), Argument.mapOf(String.class, Object.class));
    }
}
