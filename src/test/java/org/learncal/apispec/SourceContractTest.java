package org.learncal.apispec;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learncal.support.CalendarServer;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sources, and events mirrored from one, against api-spec/openapi.yaml. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class SourceContractTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ContractValidator contract;
    @Inject
    ContractCalls calls;

    CalendarServer server;
    Tokens.Publisher publisher;
    String id;

    @BeforeAll
    void register() {
        server = CalendarServer.start();
        server.serve(CalendarServer.fixture("google.ics"), "\"v1\"");
        publisher = Tokens.publisher(client.toBlocking(), true);
        Exchange created = calls.post(publisher.organizerToken(), "/api/sources", Map.of("url",
                server.url("/basic.ics"), "organizer", publisher.organizer(),
                "language", "fr", "topics", List.of("literacy"), "interval", "PT15M"));
        contract.assertValidExchange(created);
        id = (String) calls.read(created, 201).get("id");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void aRefreshAnswersTheSourceWithItsHealth() {
        Exchange refreshed = calls.post(publisher.organizerToken(), "/api/sources/" + id + "/refresh", "");
        contract.assertValidExchange(refreshed);
        assertEquals(3, ((Map<?, ?>) ((Map<?, ?>) calls.read(refreshed, 200).get("health")).get("lastRun"))
                .get("created"));
    }

    @Test
    void theListAndOneSourceMatchTheSchema() {
        for (String path : List.of("/api/sources", "/api/sources/" + id)) {
            Exchange read = calls.get(publisher.networkToken(), path);
            contract.assertValidExchange(read);
            assertEquals(200, read.status(), read.toString());
        }
    }

    @Test
    void aMirroredEventNamesItsSource() {
        calls.post(publisher.organizerToken(), "/api/sources/" + id + "/refresh", "");
        Exchange events = calls.get(null, "/api/events?organizer=" + publisher.organizer() + "&from=2026-12-01");
        contract.assertValidExchange(events);
        Map<?, ?> first = (Map<?, ?>) ((List<?>) calls.read(events, 200).get("items")).get(0);
        assertEquals(id, ((Map<?, ?>) first.get("source")).get("id"));
    }

    @Test
    void aBadRegistrationNamesEveryBadField() {
        Exchange bad = calls.post(publisher.organizerToken(), "/api/sources", Map.of("url", "ftp://example.org/a.ics",
                "organizer", publisher.organizer(), "interval", "PT5M", "trust", "blindly"));
        contract.assertValidResponse(bad);
        assertEquals(List.of("interval", "trust", "url"), ((List<?>) calls.read(bad, 400).get("errors")).stream()
                .map(error -> ((Map<?, ?>) error).get("name")).sorted().toList());
    }

    @Test
    void pausingThenRefreshingIsAConflict() {
        Exchange other = calls.post(publisher.organizerToken(), "/api/sources", Map.of("url",
                "webcal://calendar.example.org/feed.ics", "organizer", publisher.organizer()));
        String otherId = (String) calls.read(other, 201).get("id");
        assertEquals("https://calendar.example.org/feed.ics", calls.read(other, 201).get("url"));
        Exchange paused = calls.send(publisher.organizerToken(), HttpRequest.PATCH("/api/sources/" + otherId,
                calls.text(Map.of("state", "paused"))).contentType("application/json"));
        contract.assertValidExchange(paused);
        assertEquals("paused", calls.read(paused, 200).get("state"));
        Exchange refresh = calls.post(publisher.organizerToken(), "/api/sources/" + otherId + "/refresh", "");
        contract.assertValidExchange(refresh);
        assertEquals(409, refresh.status());
    }

    @Test
    void deletingStopsListingTheSource() {
        Exchange other = calls.post(publisher.organizerToken(), "/api/sources", Map.of("url",
                "https://calendar.example.org/other.ics", "organizer", publisher.organizer()));
        String otherId = (String) calls.read(other, 201).get("id");
        Exchange deleted = calls.delete(publisher.organizerToken(), "/api/sources/" + otherId);
        contract.assertValidExchange(deleted);
        assertEquals(204, deleted.status());
        assertEquals(404, calls.get(publisher.organizerToken(), "/api/sources/" + otherId).status());
    }

    @Test
    void anOrganizerMayNotPublishWithoutReviewUntilTrusted() {
        Tokens.Publisher untrusted = Tokens.publisher(client.toBlocking(), false);
        Exchange refused = calls.post(untrusted.organizerToken(), "/api/sources", Map.of("url",
                "https://calendar.example.org/feed.ics", "organizer", untrusted.organizer(), "trust", "publish"));
        contract.assertValidExchange(refused);
        assertEquals(403, refused.status());
    }
}
