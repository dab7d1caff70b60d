package org.learncal.feed;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.event.Event;
import org.learncal.event.EventStore;
import org.learncal.event.EventWrites;
import org.learncal.support.FeedClient;
import org.learncal.support.TestEvents;
import org.learncal.token.Caller;

import java.time.Instant;
import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Last-Modified has whole seconds, changes do not: a change made in the second a client was told must still
 * reach a client that revalidates by date (Apple Calendar does), and Last-Modified never goes backwards.
 */
@MicronautTest(transactional = false)
class SameSecondRevalidationTest {
    private static final String CREATED_SECOND = "Sat, 10 Jan 2026 09:00:00 GMT";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EventStore store;

    @Inject
    EventWrites writes;

    @Test
    void aChangeInTheServedSecondGets200WithTheNextSecond() {
        Event event = inserted("Même seconde");
        String path = "/calendar/events/" + event.id() + ".ics";
        assertEquals(CREATED_SECOND, FeedClient.get(client, path).getHeaders().get("Last-Modified"));
        replace(event, event.postpone("Salle à confirmer", TestEvents.CREATED.plusMillis(600)));

        HttpResponse<byte[]> changed = FeedClient.get(client, path, "If-Modified-Since", CREATED_SECOND);
        assertEquals(200, changed.code());
        assertEquals("Sat, 10 Jan 2026 09:00:01 GMT", changed.getHeaders().get("Last-Modified"));
        assertEquals(304, FeedClient.get(client, path, "If-Modified-Since", "Sat, 10 Jan 2026 09:00:01 GMT").code());
    }

    @Test
    void aSecondChangeInTheSameSecondMovesLastModifiedOnAgain() {
        Event event = inserted("Deux fois");
        String path = "/calendar/events/" + event.id() + ".ics";
        FeedClient.get(client, path);
        Event postponed = event.postpone("Salle à confirmer", TestEvents.CREATED.plusMillis(300));
        replace(event, postponed);
        assertEquals("Sat, 10 Jan 2026 09:00:01 GMT", FeedClient.get(client, path).getHeaders().get("Last-Modified"));
        replace(postponed, postponed.cancel("Annulé", TestEvents.CREATED.plusMillis(900)));

        HttpResponse<byte[]> cancelled = FeedClient.get(client, path, "If-Modified-Since",
                "Sat, 10 Jan 2026 09:00:01 GMT");
        assertEquals(200, cancelled.code());
        assertEquals("Sat, 10 Jan 2026 09:00:02 GMT", cancelled.getHeaders().get("Last-Modified"));
    }

    @Test
    void theSameBytesKeepTheirLastModifiedAndA304ByDate() {
        Event event = inserted("Inchangé");
        String path = "/calendar/events/" + event.id() + ".ics";
        HttpResponse<byte[]> first = FeedClient.get(client, path);
        replace(event, event.postpone("Salle à confirmer", TestEvents.CREATED.plusMillis(400)));
        HttpResponse<byte[]> changed = FeedClient.get(client, path);
        HttpResponse<byte[]> again = FeedClient.get(client, path);
        assertArrayEquals(changed.body(), again.body());
        assertEquals(changed.getHeaders().get("Last-Modified"), again.getHeaders().get("Last-Modified"));
        assertEquals(304, FeedClient.get(client, path, "If-Modified-Since", "Sat, 10 Jan 2026 09:00:01 GMT").code());
        assertEquals(200, FeedClient.get(client, path, "If-Modified-Since", CREATED_SECOND).code(),
                first.getHeaders().get("Last-Modified") + " was served before the change");
    }

    @Test
    void aChangeAfterTheServedSecondKeepsItsOwnTime() {
        Event event = inserted("Plus tard");
        String path = "/calendar/events/" + event.id() + ".ics";
        FeedClient.get(client, path);
        replace(event, event.postpone("Salle à confirmer", Instant.parse("2026-01-10T09:05:07.250Z")));
        assertEquals("Sat, 10 Jan 2026 09:05:07 GMT", FeedClient.get(client, path).getHeaders().get("Last-Modified"));
    }

    private void replace(Event stored, Event revised) {
        writes.replace(Caller.ADMIN, stored, revised, "postponed");
    }

    private Event inserted(String title) {
        Event event = TestEvents.online(title, LocalDateTime.of(2027, 7, 7, 10, 0), "Europe/Paris");
        store.insert(event);
        return event;
    }
}
