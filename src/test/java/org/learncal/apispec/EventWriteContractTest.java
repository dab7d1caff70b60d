package org.learncal.apispec;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.learncal.support.Tokens.ADMIN;

/** Writing events against api-spec/openapi.yaml: create, replace, cancel, postpone, delete, history, errors. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventWriteContractTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ObjectMapper json;
    @Inject
    ContractValidator contract;
    @Inject
    ContractCalls calls;
    Tokens.Publisher publisher;

    @BeforeAll
    void setUp() {
        publisher = Tokens.publisher(client.toBlocking(), true);
    }

    private Exchange create(String title) {
        Exchange created = calls.post(publisher.organizerToken(), "/api/events",
                EventBodies.online(publisher.organizer(), title));
        assertEquals(201, created.status(), created.toString());
        contract.assertValidExchange(created);
        return created;
    }

    private String id(Exchange exchange) {
        return (String) calls.read(exchange, exchange.status()).get("id");
    }

    @Test
    void creatingAnEventAnswers201WithLocationETagAndReviewState() {
        Exchange created = create("Atelier contrat 201");
        assertEquals("/api/events/" + id(created), created.responseHeader("Location").orElseThrow());
        assertEquals("approved", created.responseHeader("LearnCal-Review").orElseThrow());
        Exchange read = calls.get(null, "/api/events/" + id(created));
        contract.assertValidExchange(read);
        assertEquals(created.responseHeader("ETag"), read.responseHeader("ETag"));
    }

    @Test
    void anAllDayHybridEventWithAVenueMatchesTheSpecBothWays() {
        Map<String, Object> body = EventBodies.without(EventBodies.without(EventBodies.online(publisher.organizer(),
                "Journées hybrides"), "start"), "end");
        body.putAll(Map.of("startDate", "2027-03-01", "endDate", "2027-03-02", "format", "hybrid",
                "venue", Map.of("name", "UM6P, Benguerir", "latitude", 32.22, "longitude", -7.93),
                "city", publisher.city(), "accessibility", List.of("captions"), "cost", "Gratuit"));
        Exchange created = calls.post(publisher.organizerToken(), "/api/events", body);
        assertEquals(201, created.status(), created.toString());
        contract.assertValidExchange(created);
    }

    @Test
    void replacingWithTheCurrentETagAnswers200AndAStaleOneAnswers412() {
        Exchange created = create("Atelier à remplacer");
        String path = "/api/events/" + id(created);
        String first = created.responseHeader("ETag").orElseThrow();
        Exchange replaced = calls.put(publisher.organizerToken(), path,
                EventBodies.online(publisher.organizer(), "Atelier remplacé"), first);
        assertEquals(200, replaced.status(), replaced.toString());
        contract.assertValidExchange(replaced);
        assertNotEquals(first, replaced.responseHeader("ETag").orElseThrow());

        Exchange stale = calls.put(publisher.organizerToken(), path,
                EventBodies.online(publisher.organizer(), "Atelier remplacé encore"), first);
        assertEquals(412, stale.status(), stale.toString());
        contract.assertValidExchange(stale);
    }

    @Test
    void postponingThenCancellingAnswersTheEventAndPostponingACancelledOneAnswers409() {
        String path = "/api/events/" + id(create("Atelier reporté puis annulé"));
        Exchange postponed = calls.post(publisher.organizerToken(), path + "/postpone",
                Map.of("reason", "La salle est indisponible"));
        contract.assertValidExchange(postponed);
        assertEquals("postponed", calls.read(postponed, 200).get("status"));

        Exchange cancelled = calls.post(publisher.organizerToken(), path + "/cancel", Map.of("reason", "Annulé"));
        contract.assertValidExchange(cancelled);
        assertEquals("cancelled", calls.read(cancelled, 200).get("status"));

        Exchange conflict = calls.post(publisher.organizerToken(), path + "/postpone", Map.of());
        assertEquals(409, conflict.status(), conflict.toString());
        contract.assertValidExchange(conflict);
    }

    @Test
    void deletingAnEventCancelsItAndAnswers204WithETag() {
        String path = "/api/events/" + id(create("Atelier supprimé"));
        Exchange deleted = calls.delete(publisher.organizerToken(), path);
        assertEquals(204, deleted.status(), deleted.toString());
        contract.assertValidExchange(deleted);
        assertEquals("cancelled", calls.read(calls.get(null, path), 200).get("status"));
    }

    @Test
    void theHistoryListsEveryChangeForTheOwnerAndIsForbiddenToOthers() {
        String path = "/api/events/" + id(create("Atelier avec histoire"));
        calls.post(publisher.organizerToken(), path + "/cancel", Map.of());
        Exchange history = calls.get(publisher.organizerToken(), path + "/history");
        contract.assertValidExchange(history);
        assertEquals(200, history.status(), history.toString());
        assertEquals(List.of("created", "cancelled"), actions(history));

        Tokens.Publisher stranger = Tokens.publisher(client.toBlocking(), true);
        Exchange forbidden = calls.get(stranger.organizerToken(), path + "/history");
        assertEquals(403, forbidden.status(), forbidden.toString());
        contract.assertValidExchange(forbidden);
    }

    private List<Object> actions(Exchange history) {
        try {
            List<Map<String, Object>> entries = json.readValue(history.body(),
                    io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class,
                            Object.class)));
            return entries.stream().map(entry -> entry.get("action")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void anInvalidEventAnswers400NamingEveryField() {
        Map<String, Object> body = EventBodies.with(EventBodies.without(EventBodies.online(publisher.organizer(),
                "Atelier invalide"), "joinUrl"), "format", "by_post");
        Exchange refused = calls.post(publisher.organizerToken(), "/api/events", body);
        assertEquals(400, refused.status(), refused.toString());
        contract.assertValidResponse(refused);
    }

    @Test
    void writingEventsOfAnotherOrganizerAnswers403() {
        Exchange refused = calls.post(publisher.organizerToken(), "/api/events",
                EventBodies.online("um6p", "Pas le mien"));
        assertEquals(403, refused.status(), refused.toString());
        contract.assertValidExchange(refused);
    }

    @Test
    void aBodyOver64KiBAnswers413() {
        Exchange refused = calls.post(publisher.organizerToken(), "/api/events", EventBodies.with(
                EventBodies.online(publisher.organizer(), "Trop long"), "description", "x".repeat(70_000)));
        assertEquals(413, refused.status(), refused.toString());
        contract.assertValidResponse(refused);
    }

    @Test
    void aBodyThatIsNotJsonAnswers415() {
        Exchange refused = calls.send(ADMIN, HttpRequest.POST("/api/events", "title=x")
                .contentType("application/x-www-form-urlencoded"));
        assertEquals(415, refused.status(), refused.toString());
        contract.assertValidResponse(refused);
    }

    @Test
    void anUnknownEventAnswers404() {
        Exchange missing = calls.post(ADMIN, "/api/events/00000000-0000-0000-0000-000000000000/cancel", Map.of());
        assertEquals(404, missing.status(), missing.toString());
        contract.assertValidExchange(missing);
    }
}
