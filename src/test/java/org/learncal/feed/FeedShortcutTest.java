package org.learncal.feed;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.event.Event;
import org.learncal.event.EventStore;
import org.learncal.support.RawHttp;
import org.learncal.support.RawHttp.Answer;
import org.learncal.support.TestEvents;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A repeated poll answered before routing ({@link FeedFastPath}) gets exactly the routed answer to the same
 * request: every header line in the same order and case (Date aside), the same bytes, and is counted the same.
 */
@MicronautTest(transactional = false)
class FeedShortcutTest {
    @Inject
    EventStore store;
    @Inject
    EmbeddedServer server;
    @Inject
    MeterRegistry registry;

    @Test
    void aRepeatedPollGetsTheRoutedHeadersAndBytes() throws IOException {
        String feed = RawHttp.request("GET", feedPath("Shortcut identity"));
        assertSameAnswerBothWays(feed);
    }

    @Test
    void aRepeatedGzipPollGetsTheRoutedHeadersAndBytes() throws IOException {
        String feed = RawHttp.request("GET", feedPath("Shortcut gzip"), "Accept-Encoding: gzip, deflate");
        Answer fast = assertSameAnswerBothWays(feed);
        assertEquals("gzip", fast.header("Content-Encoding"));
    }

    @Test
    void aHeadOfAKnownFeedIsRoutedAsBefore() throws IOException {
        String path = feedPath("Shortcut HEAD");
        Answer get = get(path);
        double shortcuts = shortcuts();
        Answer head = RawHttp.exchange(server.getPort(), RawHttp.request("HEAD", path)).get(0);
        assertEquals(shortcuts, shortcuts());
        assertEquals(0, head.body().length);
        assertEquals(get.header("ETag"), head.header("ETag"));
        assertEquals("close", head.header("Connection"), "Micronaut's HEAD, without Content-Length");
    }

    @Test
    void aRepeatedIfNoneMatchGetsTheRouted304() throws IOException {
        String path = feedPath("Shortcut If-None-Match");
        String etag = get(path).header("ETag");
        Answer fast = assertSameAnswerBothWays(RawHttp.request("GET", path + "?poll=1", "If-None-Match: " + etag));
        assertEquals(304, fast.status());
    }

    @Test
    void aRepeatedIfModifiedSinceGetsTheRouted304AndAnOlderDateTheFeed() throws IOException {
        String path = feedPath("Shortcut If-Modified-Since");
        String lastModified = get(path)
                .header("Last-Modified");
        Answer current = assertSameAnswerBothWays(RawHttp.request("GET", path + "?poll=2",
                "If-Modified-Since: " + lastModified));
        Answer older = assertSameAnswerBothWays(RawHttp.request("GET", path + "?poll=3",
                "If-Modified-Since: Mon, 01 Jan 2024 00:00:00 GMT"));
        assertEquals(List.of(304, 200), List.of(current.status(), older.status()));
    }

    @Test
    void aRepeated304IsCountedUnderTheFeedsRoute() throws IOException {
        String path = feedPath("Shortcut metrics");
        String etag = get(path).header("ETag");
        double before = notModifiedCount();
        assertSameAnswerBothWays(RawHttp.request("GET", path + "?poll=4", "If-None-Match: " + etag));
        assertEquals(2, notModifiedCount() - before, "one routed 304 and one answered before routing");
    }

    @Test
    void aWebPageAskingAKnownFeedStillGetsCors() throws IOException {
        String path = feedPath("Shortcut CORS");
        get(path);
        Answer fromPage = RawHttp.exchange(server.getPort(),
                RawHttp.request("GET", path, "Origin: https://widgets.example.org"), RawHttp.CLOSING).get(0);
        assertEquals("https://widgets.example.org", fromPage.header("Access-Control-Allow-Origin"));
        Answer plain = get(path);
        assertNull(plain.header("Access-Control-Allow-Origin"));
    }

    /** The request routed (first time for its URI), then again answered before routing; returns the latter. */
    private Answer assertSameAnswerBothWays(String request) throws IOException {
        double shortcuts = shortcuts();
        Answer routed = RawHttp.exchange(server.getPort(), request, RawHttp.CLOSING).get(0);
        assertEquals(shortcuts, shortcuts(), "the first request for a URI is routed");
        Answer fast = RawHttp.exchange(server.getPort(), request, RawHttp.CLOSING).get(0);
        assertEquals(shortcuts + 1, shortcuts(), "the same request again is answered before routing");
        assertEquals(routed.statusLine(), fast.statusLine());
        assertEquals(routed.headerLinesButDate(), fast.headerLinesButDate());
        assertEquals(routed.header("Date") != null, fast.header("Date") != null);
        assertArrayEquals(routed.body(), fast.body());
        return fast;
    }

    /** A plain GET of {@code path} on a connection of its own. */
    private Answer get(String path) throws IOException {
        return RawHttp.exchange(server.getPort(), RawHttp.request("GET", path), RawHttp.CLOSING).get(0);
    }

    private double shortcuts() {
        return registry.counter("learncal.feed.shortcut").count();
    }

    private double notModifiedCount() {
        return registry.find("http.server.requests").tags("uri", "/calendar/events/{file}", "status", "304",
                "method", "GET").timers().stream().mapToDouble(timer -> timer.count()).sum();
    }

    private String feedPath(String title) {
        Event event = TestEvents.online(title, LocalDateTime.of(2027, 8, 8, 10, 0), "Europe/Paris");
        store.insert(event);
        return "/calendar/events/" + event.id() + ".ics";
    }
}
