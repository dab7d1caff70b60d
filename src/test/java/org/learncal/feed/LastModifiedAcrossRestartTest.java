package org.learncal.feed;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.learncal.event.Event;
import org.learncal.event.EventStore;
import org.learncal.event.EventWrites;
import org.learncal.support.FeedClient;
import org.learncal.support.TestEvents;
import org.learncal.token.Caller;

import java.time.LocalDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A restart forgets the cached feeds, not the dates it served: the service started again on the same database
 * still answers a change made in the served second with 200 and a later date, and keeps a date it moved on.
 */
class LastModifiedAcrossRestartTest {
    private static final String CREATED_SECOND = "Sat, 10 Jan 2026 09:00:00 GMT";
    private static final String NEXT_SECOND = "Sat, 10 Jan 2026 09:00:01 GMT";

    @Test
    void aChangeInTheServedSecondGets200WithTheNextSecondAfterARestart() {
        String path;
        try (EmbeddedServer before = ApplicationContext.run(EmbeddedServer.class, "test");
             HttpClient client = HttpClient.create(before.getURL())) {
            Event event = inserted(before, "Avant le redémarrage");
            path = "/calendar/events/" + event.id() + ".ics";
            assertEquals(CREATED_SECOND, FeedClient.get(client, path).getHeaders().get("Last-Modified"));
            changedInTheSameSecond(before, event);
        }
        try (EmbeddedServer after = ApplicationContext.run(EmbeddedServer.class, "test");
             HttpClient client = HttpClient.create(after.getURL())) {
            HttpResponse<byte[]> changed = FeedClient.get(client, path, "If-Modified-Since", CREATED_SECOND);
            assertEquals(200, changed.code());
            assertEquals(NEXT_SECOND, changed.getHeaders().get("Last-Modified"));
        }
    }

    @Test
    void theSameBytesKeepTheDateTheyWereGivenAfterARestart() {
        String path;
        try (EmbeddedServer before = ApplicationContext.run(EmbeddedServer.class, "test");
             HttpClient client = HttpClient.create(before.getURL())) {
            Event event = inserted(before, "Date gardée");
            path = "/calendar/events/" + event.id() + ".ics";
            FeedClient.get(client, path);
            changedInTheSameSecond(before, event);
            assertEquals(NEXT_SECOND, FeedClient.get(client, path).getHeaders().get("Last-Modified"));
        }
        try (EmbeddedServer after = ApplicationContext.run(EmbeddedServer.class, "test");
             HttpClient client = HttpClient.create(after.getURL())) {
            assertEquals(NEXT_SECOND, FeedClient.get(client, path).getHeaders().get("Last-Modified"),
                    "computed from the data alone it would go back to " + CREATED_SECOND);
            assertEquals(304, FeedClient.get(client, path, "If-Modified-Since", NEXT_SECOND).code());
        }
    }

    static Event inserted(EmbeddedServer server, String title) {
        Event event = TestEvents.online(title, LocalDateTime.of(2027, 7, 7, 10, 0), "Europe/Paris");
        server.getApplicationContext().getBean(EventStore.class).insert(event);
        return event;
    }

    /** Postponed 0.6 s after it was created, within the second its feed was served. */
    static void changedInTheSameSecond(EmbeddedServer server, Event event) {
        server.getApplicationContext().getBean(EventWrites.class).replace(Caller.ADMIN, event,
                event.postpone("Salle à confirmer", TestEvents.CREATED.plusMillis(600)), "postponed");
    }
}
