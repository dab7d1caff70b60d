package org.learncal.apispec;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Review (queue, approve, reject, trust) and iCalendar imports against api-spec/openapi.yaml. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewImportContractTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    ContractValidator contract;
    @Inject
    ContractCalls calls;
    Tokens.Publisher publisher;

    @BeforeAll
    void setUp() {
        publisher = Tokens.publisher(client.toBlocking(), false);
    }

    private String pendingEvent(String title) {
        Exchange created = calls.post(publisher.organizerToken(), "/api/events",
                EventBodies.online(publisher.organizer(), title));
        contract.assertValidExchange(created);
        assertEquals("pending", created.responseHeader("LearnCal-Review").orElseThrow());
        return (String) calls.read(created, 201).get("id");
    }

    @Test
    void theReviewQueueListsPendingEventsForTheNetworkAndTheOrganizer() {
        String id = pendingEvent("En attente de relecture");
        for (String token : List.of(publisher.networkToken(), publisher.organizerToken())) {
            Exchange queue = calls.get(token, "/api/review");
            contract.assertValidExchange(queue);
            assertEquals(200, queue.status(), queue.toString());
            assertTrue(queue.body().contains(id), queue.body());
        }
        Exchange all = calls.get(Tokens.ADMIN, "/api/review?network=" + publisher.network());
        contract.assertValidExchange(all);
        assertTrue(all.body().contains(id), all.body());
    }

    @Test
    void approvingAnswersTheItemAndApprovingAgainAnswers409() {
        String path = "/api/events/" + pendingEvent("À approuver");
        Exchange approved = calls.send(publisher.networkToken(), HttpRequest.POST(path + "/approve", ""));
        contract.assertValidExchange(approved);
        assertEquals("approved", calls.read(approved, 200).get("review"));
        Exchange again = calls.send(publisher.networkToken(), HttpRequest.POST(path + "/approve", ""));
        assertEquals(409, again.status(), again.toString());
        contract.assertValidExchange(again);
    }

    @Test
    void rejectingNeedsAReasonAndAnswersItWithTheItem() {
        String path = "/api/events/" + pendingEvent("À rejeter");
        Exchange noReason = calls.post(publisher.networkToken(), path + "/reject", Map.of());
        assertEquals(400, noReason.status(), noReason.toString());
        contract.assertValidExchange(noReason);
        Exchange rejected = calls.post(publisher.networkToken(), path + "/reject",
                Map.of("reason", "Il manque le lien d'inscription"));
        contract.assertValidExchange(rejected);
        Map<String, Object> item = calls.read(rejected, 200);
        assertEquals(List.of("rejected", "Il manque le lien d'inscription"), List.of(item.get("review"),
                item.get("reason")));
    }

    @Test
    void anOrganizerMayNotReviewItsOwnEvents() {
        String path = "/api/events/" + pendingEvent("Auto-approbation");
        Exchange refused = calls.send(publisher.organizerToken(), HttpRequest.POST(path + "/approve", ""));
        assertEquals(403, refused.status(), refused.toString());
        contract.assertValidExchange(refused);
    }

    @Test
    void trustingAnOrganizerAnswers201Then204AndIsListed() {
        Tokens.Publisher other = Tokens.publisher(client.toBlocking(), false);
        String trusted = "/api/networks/" + other.network() + "/trusted";
        Exchange first = calls.send(other.networkToken(), HttpRequest.PUT(trusted + "/" + other.organizer(), ""));
        assertEquals(201, first.status(), first.toString());
        contract.assertValidExchange(first);
        Exchange second = calls.send(other.networkToken(), HttpRequest.PUT(trusted + "/" + other.organizer(), ""));
        assertEquals(204, second.status(), second.toString());
        contract.assertValidExchange(second);

        Exchange listed = calls.get(other.networkToken(), trusted);
        contract.assertValidExchange(listed);
        assertEquals("[\"" + other.organizer() + "\"]", listed.body());

        Exchange outsider = calls.send(other.networkToken(), HttpRequest.PUT(trusted + "/um6p", ""));
        assertEquals(409, outsider.status(), outsider.toString());
        contract.assertValidExchange(outsider);
        Exchange removed = calls.delete(other.networkToken(), trusted + "/" + other.organizer());
        assertEquals(204, removed.status(), removed.toString());
        contract.assertValidExchange(removed);
    }

    @Test
    void anotherNetworksTrustListIsForbidden() {
        Exchange refused = calls.get(publisher.networkToken(), "/api/networks/gnlc/trusted");
        assertEquals(403, refused.status(), refused.toString());
        contract.assertValidExchange(refused);
    }

    private Exchange importFile(String token, String file, String query) {
        return calls.send(token, HttpRequest.POST("/api/imports" + query, fixture(file))
                .contentType("text/calendar"));
    }

    private static String fixture(String file) {
        try (InputStream in = ReviewImportContractTest.class.getResourceAsStream("/imports/" + file)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void importingACalendarAnswersTheReportAndReimportingAChangedOneToo() {
        Tokens.Publisher importer = Tokens.publisher(client.toBlocking(), true);
        Exchange first = importFile(importer.organizerToken(), "google-calendar.ics", "?language=fr");
        contract.assertValidExchange(first);
        assertEquals(200, first.status(), first.toString());
        Exchange changed = importFile(importer.networkToken(), "google-calendar-changed.ics",
                "?organizer=" + importer.organizer() + "&language=fr");
        contract.assertValidExchange(changed);
        Map<String, Object> report = calls.read(changed, 200);
        assertEquals(List.of(0, 1, 4, 2), List.of("created", "updated", "unchanged", "cancelled").stream()
                .map(kind -> ((List<?>) report.get(kind)).size()).toList(), changed.body());
    }

    @Test
    void aCalendarThatDoesNotParseAnswers400() {
        Exchange refused = importFile(publisher.organizerToken(), "malformed.ics", "");
        assertEquals(400, refused.status(), refused.toString());
        contract.assertValidExchange(refused);
    }

    @Test
    void anImportWithoutTheOrganizerForANetworkTokenAnswers400() {
        Exchange refused = importFile(publisher.networkToken(), "outlook.ics", "");
        assertEquals(400, refused.status(), refused.toString());
        contract.assertValidExchange(refused);
    }

    @Test
    void anImportOfJsonAnswers415() {
        Exchange refused = calls.post(publisher.organizerToken(), "/api/imports", Map.of("events", List.of()));
        assertEquals(415, refused.status(), refused.toString());
        contract.assertValidResponse(refused);
    }
}
