package org.learncal.feed;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.event.Event;
import org.learncal.event.EventWrites;
import org.learncal.support.FeedClient;
import org.learncal.token.Caller;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Last-Modified is never later than Date (RFC 9110 section 8.8.2.1), both taken from the service's clock, which
 * stands still here at {@link #NOW}: a change stamped later is dated now, and a second change within the second
 * already served gets its later date only once that second has come, never sooner.
 */
@MicronautTest(transactional = false)
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class LastModifiedNotAfterDateTest {
    private static final String NOW = "Tue, 01 Dec 2026 00:00:00 GMT";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    EventWrites writes;

    @Test
    void aChangeStampedAfterTheClockIsDatedNow() {
        Event event = inserted("Horloge en retard");
        String path = "/calendar/events/" + event.id() + ".ics";
        writes.replace(Caller.ADMIN, event, event.postpone("Salle à confirmer",
                Instant.parse("2026-12-05T10:00:00Z")), "postponed");

        HttpResponse<byte[]> feed = FeedClient.get(client, path);
        assertEquals(NOW, feed.getHeaders().get("Date"));
        assertEquals(NOW, feed.getHeaders().get("Last-Modified"));
        assertEquals(304, FeedClient.get(client, path, "If-Modified-Since", NOW).code());
    }

    @Test
    void aChangeInTheSecondAlreadyServedHasNoLastModifiedUntilTheNextSecond() {
        Event event = inserted("Même seconde que l'horloge");
        String path = "/calendar/events/" + event.id() + ".ics";
        Event postponed = event.postpone("Salle à confirmer", Instant.parse("2026-12-01T00:00:00.300Z"));
        writes.replace(Caller.ADMIN, event, postponed, "postponed");
        assertEquals(NOW, FeedClient.get(client, path).getHeaders().get("Last-Modified"));
        writes.replace(Caller.ADMIN, postponed, postponed.cancel("Annulé",
                Instant.parse("2026-12-01T00:00:00.700Z")), "cancelled");

        HttpResponse<byte[]> changed = FeedClient.get(client, path, "If-Modified-Since", NOW);
        assertEquals(200, changed.code());
        assertEquals(NOW, changed.getHeaders().get("Date"));
        assertNull(changed.getHeaders().get("Last-Modified"), "the next second has not come yet");
    }

    private Event inserted(String title) {
        return LastModifiedAcrossRestartTest.inserted(server, title);
    }
}
