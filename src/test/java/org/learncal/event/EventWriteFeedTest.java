package org.learncal.event;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.EventBodies;
import org.learncal.support.FeedClient;
import org.learncal.support.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learncal.support.Tokens.as;

/** What subscribed calendars and web pages see of writes: new events, new sequences, cancellations, and nothing pending. */
@MicronautTest
class EventWriteFeedTest {
    @Inject
    @Client("/")
    HttpClient http;

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    private String feed(String path) {
        return new String(FeedClient.body(http, path), StandardCharsets.UTF_8).replace("\r\n ", "");
    }

    private String create(Tokens.Publisher publisher, Map<String, Object> body) {
        return (String) client().retrieve(as(publisher.organizerToken(), HttpRequest.POST("/api/events", body)),
                Map.class).get("id");
    }

    @Test
    void createdUpdatedAndCancelledEventsReachTheFeeds() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        Map<String, Object> body = EventBodies.online(publisher.organizer(), "Atelier d'écriture");
        String id = create(publisher, body);
        String organizerFeed = feed("/calendar/organizers/" + publisher.organizer() + ".ics");
        assertTrue(organizerFeed.contains("UID:" + id + "@"), organizerFeed);
        assertTrue(organizerFeed.contains("Atelier d'écriture"), organizerFeed);
        assertTrue(feed("/calendar/events/" + id + ".ics").contains("SEQUENCE:0"));

        client().exchange(as(publisher.organizerToken(), HttpRequest.PUT("/api/events/" + id,
                EventBodies.with(EventBodies.with(body, "start", "2027-02-21T15:00"), "end", "2027-02-21T17:00"))));
        String updated = feed("/calendar/events/" + id + ".ics");
        assertTrue(updated.contains("SEQUENCE:1"), updated);
        assertTrue(updated.contains("DTSTART;TZID=Africa/Casablanca:20270221T150000"), updated);

        client().exchange(as(publisher.organizerToken(), HttpRequest.POST("/api/events/" + id + "/cancel",
                Map.of("reason", "Intervenante malade"))));
        String cancelled = feed("/calendar/events/" + id + ".ics");
        assertTrue(cancelled.contains("STATUS:CANCELLED"), cancelled);
        assertTrue(cancelled.contains("SEQUENCE:2"), cancelled);
        assertTrue(cancelled.contains("Intervenante malade"), cancelled);
        assertTrue(feed("/calendar/organizers/" + publisher.organizer() + ".ics").contains("STATUS:CANCELLED"));
        assertTrue(page("/events/" + id).contains("Intervenante malade"), "the page shows the reason");
    }

    private String page(String path) {
        return client().retrieve(HttpRequest.GET(path).accept("text/html"));
    }

    @Test
    void pendingEventIsInNoFeedUntilApproved() {
        Tokens.Publisher publisher = Tokens.publisher(client(), false);
        String id = create(publisher, EventBodies.online(publisher.organizer(), "Pas encore validé"));
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(HttpClientResponseException.class,
                () -> FeedClient.get(http, "/calendar/events/" + id + ".ics")).getStatus());
        assertFalse(feed("/calendar/organizers/" + publisher.organizer() + ".ics").contains(id));
        assertFalse(feed("/calendar.ics?organizer=" + publisher.organizer()).contains(id));
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(HttpClientResponseException.class,
                () -> page("/events/" + id)).getStatus());

        client().exchange(as(publisher.networkToken(), HttpRequest.POST("/api/events/" + id + "/approve", "")));
        assertTrue(feed("/calendar/events/" + id + ".ics").contains("UID:" + id + "@"));
        assertTrue(page("/events/" + id).contains("Pas encore validé"));
        assertTrue(feed("/calendar/organizers/" + publisher.organizer() + ".ics").contains("UID:" + id + "@"));
    }
}
