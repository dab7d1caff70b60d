package org.learncal.feed;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.event.Event;
import org.learncal.event.EventStore;
import org.learncal.support.FeedClient;
import org.learncal.support.TestEvents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A repeated poll answered without routing gets exactly what the routed answer gave, in request order. */
@MicronautTest(transactional = false)
class FeedShortcutTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EventStore store;

    @Inject
    EmbeddedServer server;

    @Test
    void aRepeatedPollGetsTheRoutedHeadersAndBytes() {
        String path = feedPath("Shortcut headers");
        HttpResponse<byte[]> routed = FeedClient.get(client, path, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> repeated = FeedClient.get(client, path, "Accept-Encoding", "gzip");
        assertEquals(headers(routed), headers(repeated));
        assertArrayEquals(routed.body(), repeated.body());
    }

    @Test
    void aRepeated304CarriesTheRoutedHeaders() {
        String path = feedPath("Shortcut 304");
        String etag = FeedClient.get(client, path).getHeaders().get("ETag");
        HttpResponse<byte[]> routed = FeedClient.get(client, path + "?poll=1", "If-None-Match", etag);
        HttpResponse<byte[]> repeated = FeedClient.get(client, path + "?poll=1", "If-None-Match", etag);
        assertEquals(304, repeated.code());
        assertEquals(headers(routed), headers(repeated));
    }

    @Test
    void aWebPageAskingAKnownFeedStillGetsCors() {
        String path = feedPath("Shortcut CORS");
        FeedClient.get(client, path, "Host", "learncal.test");
        HttpResponse<byte[]> fromPage = FeedClient.get(client, path, "Origin", "https://widgets.example.org",
                "Host", "learncal.test");
        assertEquals("https://widgets.example.org", fromPage.getHeaders().get("Access-Control-Allow-Origin"));
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws IOException {
        String path = feedPath("Shortcut pipelining");
        String etag = FeedClient.get(client, path).getHeaders().get("ETag");
        String known = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: " + etag + "\r\n\r\n";
        String routed = "GET /api/topics/nowhere HTTP/1.1\r\nHost: localhost\r\n\r\n";
        String last = "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nIf-None-Match: " + etag
                + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.getOutputStream().write((known + routed + known + last).getBytes(StandardCharsets.US_ASCII));
            String answers = readAll(socket.getInputStream());
            Matcher statuses = Pattern.compile("(?m)^HTTP/1.1 (\\d{3})").matcher(answers);
            StringBuilder order = new StringBuilder();
            while (statuses.find()) {
                order.append(statuses.group(1)).append(' ');
            }
            assertEquals("304 404 304 304 ", order.toString());
        }
    }

    private String feedPath(String title) {
        Event event = TestEvents.online(title, LocalDateTime.of(2027, 8, 8, 10, 0), "Europe/Paris");
        store.insert(event);
        return "/calendar/events/" + event.id() + ".ics";
    }

    /** The headers, less Date (it moves with the clock). */
    private static Map<String, String> headers(HttpResponse<?> response) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        response.getHeaders().forEach((name, values) -> headers.put(name, String.join(", ", values)));
        headers.remove("Date");
        return headers;
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        in.transferTo(out);
        return out.toString(StandardCharsets.ISO_8859_1);
    }
}
