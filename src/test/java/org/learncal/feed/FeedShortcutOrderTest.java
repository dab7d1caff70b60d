package org.learncal.feed;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.db.Sql;
import org.learncal.event.Event;
import org.learncal.event.EventStore;
import org.learncal.event.EventWrites;
import org.learncal.support.IcsChecks;
import org.learncal.support.RawHttp;
import org.learncal.support.RawHttp.Answer;
import org.learncal.support.TestEvents;
import org.learncal.token.Caller;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Answers before routing keep HTTP/1.1's order and connection rules, and never outlive a write. */
@MicronautTest(transactional = false)
class FeedShortcutOrderTest {
    @Inject
    EventStore store;
    @Inject
    EventWrites writes;
    @Inject
    EmbeddedServer server;
    @Inject
    MeterRegistry registry;
    @Inject
    Sql sql;
    @Inject
    TransactionOperations<Connection> transactions;

    @Test
    void pipelinedFastRoutedAndMissingRequestsAreAnsweredInOrder() throws IOException {
        Event event = inserted("Shortcut pipelining");
        String path = path(event);
        Answer first = get(path);
        String etag = first.header("ETag");
        double shortcuts = shortcuts();
        List<Answer> answers = RawHttp.exchange(server.getPort(),
                RawHttp.request("GET", path, "If-None-Match: " + etag),
                RawHttp.request("GET", "/api/topics/nowhere"),
                RawHttp.request("GET", path),
                RawHttp.request("GET", "/calendar.ics?q=" + event.id()),
                RawHttp.request("GET", path, "If-Modified-Since: " + first.header("Last-Modified")),
                RawHttp.request("GET", path, "Accept-Encoding: gzip"),
                RawHttp.request("GET", path, "Connection: close"));
        assertEquals(List.of(304, 404, 200, 200, 304, 200, 200), answers.stream().map(Answer::status).toList());
        assertEquals("application/problem+json", answers.get(1).header("Content-Type"));
        assertArrayEquals(first.body(), answers.get(2).body());
        assertTrue(new String(answers.get(3).body(), StandardCharsets.UTF_8).contains("BEGIN:VCALENDAR"));
        assertEquals("gzip", answers.get(5).header("Content-Encoding"));
        assertArrayEquals(first.body(), answers.get(6).body());
        assertTrue(shortcuts() > shortcuts, "the first request at least was answered before routing");
    }

    @Test
    void aKnownFeedAskedWithConnectionCloseIsAnsweredThenTheConnectionCloses() throws IOException {
        String path = path(inserted("Shortcut close"));
        Answer routed = get(path);
        double shortcuts = shortcuts();
        List<Answer> answers = RawHttp.exchange(server.getPort(), RawHttp.request("GET", path, "Connection: close"),
                RawHttp.request("GET", path));
        assertEquals(1, answers.size(), "nothing is answered after the request that closes");
        assertEquals("close", answers.get(0).header("Connection"));
        assertArrayEquals(routed.body(), answers.get(0).body());
        assertEquals(shortcuts, shortcuts(), "a closing request is routed");
    }

    @Test
    void aWriteMakesTheNextPollGetTheNewBytes() throws IOException {
        Event event = inserted("Shortcut after a write");
        String path = path(event);
        get(path);
        Answer before = get(path);
        writes.replace(Caller.ADMIN, event, event.postpone("Intervenant malade", Instant.parse("2026-05-01T12:00:00Z")),
                "postponed");
        Answer after = get(path);
        double shortcuts = shortcuts();
        Answer again = get(path);
        assertNotEquals(before.header("ETag"), after.header("ETag"));
        assertEquals("TENTATIVE", IcsChecks.parse(after.body()).getEvents().get(0).getStatus().getValue());
        assertEquals(after.header("ETag"), again.header("ETag"));
        assertArrayEquals(after.body(), again.body());
        assertEquals(shortcuts + 1, shortcuts(), "the new rendering is then answered before routing");
    }

    @Test
    void aWriteByAnotherInstanceMakesTheNextPollGetTheNewBytes() throws IOException {
        Event event = inserted("Shortcut before another instance wrote");
        String path = path(event);
        get(path);
        double shortcuts = shortcuts();
        assertEquals(200, get(path).status());
        assertEquals(shortcuts + 1, shortcuts(), "answered before routing");
        // Another instance on the same database: its own statements, committed, the version bumped.
        transactions.executeWrite(status -> sql.update("UPDATE event SET title = ?, updated_at = ? WHERE id = ?",
                List.of("Renamed by another instance", Instant.parse("2026-06-01T00:00:00Z"), event.id())) + sql.update(
                "UPDATE catalog_version SET version = version + 1 WHERE id = 1", List.of()));
        Answer after = get(path);
        assertEquals("Renamed by another instance",
                IcsChecks.parse(after.body()).getEvents().get(0).getSummary().getValue());
        assertArrayEquals(after.body(), get(path).body());
    }

    /** A plain GET of {@code path} on a connection of its own. */
    private Answer get(String path) throws IOException {
        return RawHttp.exchange(server.getPort(), RawHttp.request("GET", path), RawHttp.CLOSING).get(0);
    }

    private double shortcuts() {
        return registry.counter("learncal.feed.shortcut").count();
    }

    private Event inserted(String title) {
        Event event = TestEvents.online(title, LocalDateTime.of(2027, 8, 9, 10, 0), "Europe/Paris");
        store.insert(event);
        return event;
    }

    private static String path(Event event) {
        return "/calendar/events/" + event.id() + ".ics";
    }
}
