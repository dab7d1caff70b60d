package org.learncal.feed;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.event.Event;
import org.learncal.event.EventStore;
import org.learncal.event.EventWrites;
import org.learncal.problem.Problem;
import org.learncal.support.FeedClient;
import org.learncal.support.IcsChecks;
import org.learncal.support.TestEvents;
import org.learncal.token.Caller;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How feeds behave over HTTP: validators, 304s, HEAD, gzip, caching headers, CORS and errors. */
@MicronautTest(transactional = false)
class FeedHttpTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EventStore store;
    @Inject
    EventWrites writes;

    @Inject
    EmbeddedServer server;

    @Test
    void secondFetchWithEtagGets304AndAnEditChangesTheEtag() {
        Event event = insertedEvent();
        String path = "/calendar/events/" + event.id() + ".ics";
        HttpResponse<byte[]> first = FeedClient.get(client, path);
        String etag = first.getHeaders().get("ETag");
        assertTrue(etag.matches("\"[A-Za-z0-9_-]{24}\""), etag);
        assertEquals(304, FeedClient.get(client, path, "If-None-Match", etag).code());
        assertArrayEquals(first.body(), FeedClient.get(client, path).body(), "same data, same bytes");
        writes.replace(Caller.ADMIN, event, event.postpone("Intervenant malade", Instant.parse("2026-05-01T12:00:00Z")),
                "postponed");
        HttpResponse<byte[]> edited = FeedClient.get(client, path, "If-None-Match", etag);
        assertEquals(200, edited.code());
        assertNotEquals(etag, edited.getHeaders().get("ETag"));
        assertEquals("TENTATIVE", IcsChecks.parse(edited.body()).getEvents().get(0).getStatus().getValue());
        assertEquals("Fri, 01 May 2026 12:00:00 GMT", edited.getHeaders().get("Last-Modified"));
    }

    @Test
    void ifModifiedSinceComparesDates() {
        Event event = insertedEvent();
        String path = "/calendar/events/" + event.id() + ".ics";
        HttpResponse<byte[]> first = FeedClient.get(client, path);
        assertEquals("Sat, 10 Jan 2026 09:00:00 GMT", first.getHeaders().get("Last-Modified"));
        assertEquals(304, FeedClient.get(client, path, "If-Modified-Since", "Sat, 10 Jan 2026 09:00:00 GMT").code());
        assertEquals(304, FeedClient.get(client, path, "If-Modified-Since", "Sun, 11 Jan 2026 00:00:00 GMT").code());
        HttpResponse<byte[]> older = FeedClient.get(client, path, "If-Modified-Since", "Sat, 10 Jan 2026 08:59:59 GMT");
        assertEquals(200, older.code());
        assertArrayEquals(first.body(), older.body());
        assertEquals(200, FeedClient.get(client, path, "If-Modified-Since", "not a date").code());
        assertEquals(200, FeedClient.get(client, path, "If-None-Match", "\"other\"",
                "If-Modified-Since", "Sun, 11 Jan 2026 00:00:00 GMT").code(), "If-None-Match decides when present");
    }

    @Test
    void feedHeadersSayTypeFileNameAndCaching() {
        HttpResponse<byte[]> response = FeedClient.get(client, "/calendar/networks/gnlc.ics");
        assertEquals("text/calendar; charset=utf-8", response.getHeaders().get("Content-Type"));
        assertEquals("attachment; filename=\"learncal-network-gnlc.ics\"",
                response.getHeaders().get("Content-Disposition"));
        assertEquals("public, max-age=3600", response.getHeaders().get("Cache-Control"));
        assertEquals("Accept-Encoding", response.getHeaders().get("Vary"));
        assertNull(response.getHeaders().get("LearnCal-Feed-Truncated"));
        assertNull(response.getHeaders().get("Content-Encoding"));
    }

    @Test
    void headAnswersLikeGetWithoutBody() throws Exception {
        Event event = insertedEvent();
        String path = "/calendar/events/" + event.id() + ".ics";
        HttpResponse<byte[]> get = FeedClient.get(client, path);
        java.net.http.HttpResponse<byte[]> head = jdk(HttpRequest.HEAD(path).getPath(), "HEAD", null);
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(get.getHeaders().get("ETag"), head.headers().firstValue("ETag").orElseThrow());
        assertEquals("text/calendar; charset=utf-8", head.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void gzipOnlyWhenTheClientAsksForIt() throws Exception {
        Event event = insertedEvent();
        String path = "/calendar/events/" + event.id() + ".ics";
        java.net.http.HttpResponse<byte[]> plain = jdk(path, "GET", null);
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        IcsChecks.assertWellFormed(plain.body());
        java.net.http.HttpResponse<byte[]> refused = jdk(path, "GET", "gzip;q=0, identity");
        assertTrue(refused.headers().firstValue("Content-Encoding").isEmpty());
        java.net.http.HttpResponse<byte[]> zipped = jdk(path, "GET", "gzip, deflate");
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElseThrow());
        assertArrayEquals(plain.body(), gunzip(zipped.body()));
        String zippedTag = zipped.headers().firstValue("ETag").orElseThrow();
        assertEquals(plain.headers().firstValue("ETag").orElseThrow().replace("\"", "").concat("-gzip"),
                zippedTag.replace("\"", ""));
    }

    @Test
    void webPagesMayReadFeeds() {
        // As deployed: a public host name (Micronaut refuses foreign origins on a localhost Host).
        HttpResponse<byte[]> response = FeedClient.get(client, "/calendar/cities/benguerir.ics",
                "Origin", "https://widgets.example.org", "Host", "learncal.test");
        assertEquals("https://widgets.example.org", response.getHeaders().get("Access-Control-Allow-Origin"));
        HttpResponse<String> api = client.toBlocking().exchange(HttpRequest.GET("/api/topics")
                .header("Origin", "https://widgets.example.org").header("Host", "learncal.test"), String.class);
        assertNull(api.getHeaders().get("Access-Control-Allow-Origin"), "CORS for feeds leaves the API as it was");
    }

    @Test
    void unknownFeedsAre404AndBadFiltersAre400() {
        assertEquals(404, status("/calendar/networks/nowhere.ics"));
        assertEquals(404, status("/calendar/organizers/nobody.ics"));
        assertEquals(404, status("/calendar/cities/atlantis.ics"));
        assertEquals(404, status("/calendar/events/not-a-uuid.ics"));
        assertEquals(404, status("/calendar/events/" + java.util.UUID.randomUUID() + ".ics"));
        assertEquals(404, status("/calendar/networks/gnlc.json"));
        HttpClientResponseException bad = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange("/calendar.ics?topic=nothing&color=red", String.class));
        assertEquals(400, bad.code());
        String body = bad.getResponse().getBody(String.class).orElseThrow();
        assertTrue(body.contains("\"name\":\"topic\"") && body.contains("\"name\":\"color\""), body);
    }

    @Test
    void pagingParametersAreRefusedBecauseAFeedHoldsEveryMatch() {
        HttpClientResponseException bad = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange("/calendar.ics?topic=literacy&limit=5&cursor=x", String.class));
        assertEquals(400, bad.code());
        Problem problem = bad.getResponse().getBody(Problem.class).orElseThrow();
        String reason = "does not apply to feeds: a feed holds every matching event of its window";
        assertEquals(Set.of(new Problem.InputError("limit", reason), new Problem.InputError("cursor", reason)),
                Set.copyOf(problem.errors()));
    }

    private int status(String path) {
        return assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(path, byte[].class)).code();
    }

    private Event insertedEvent() {
        Event event = TestEvents.online("HTTP", LocalDateTime.of(2027, 7, 7, 10, 0), "Europe/Paris");
        store.insert(event);
        return event;
    }

    private java.net.http.HttpResponse<byte[]> jdk(String path, String method, String acceptEncoding)
            throws IOException, InterruptedException {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
                URI.create(server.getURL() + path)).method(method, java.net.http.HttpRequest.BodyPublishers.noBody());
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
