package org.learncal.feed;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.event.EventStore;
import org.learncal.support.IcsChecks;
import org.learncal.support.TestEvents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many clients fetching one cached feed at once, some asking for gzip, each over its own connection: every
 * response carries the whole feed, byte for byte, with a Content-Length that matches, and the gzip bodies
 * decode to the identity bytes.
 */
@MicronautTest(transactional = false)
class SharedFeedSendTest {
    private static final int CLIENTS = 12;
    private static final int ROUNDS = 4;

    @Inject
    EventStore store;

    @Inject
    EmbeddedServer server;

    @Test
    void concurrentSendsOfOneCachedFeedAllGetTheSameBytes() throws Exception {
        LocalDateTime start = LocalDateTime.of(2027, 3, 1, 9, 0);
        for (int i = 0; i < 150; i++) {
            store.insert(TestEvents.online("Atelier partagé n° " + i + " : lecture, écriture ; numératie",
                    start.plusHours(i * 5L), "Europe/Paris"));
        }
        URI feed = URI.create(server.getURL() + "/calendar/cities/benguerir.ics");
        byte[] expected = fetch(feed, false).body();
        IcsChecks.assertWellFormed(expected);
        assertTrue(expected.length > 100_000, "large enough to take many socket writes: " + expected.length);

        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<List<byte[]>>> results = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                boolean gzip = c % 2 == 1;
                results.add(clients.submit((Callable<List<byte[]>>) () -> fetchRounds(feed, gzip)));
            }
            for (Future<List<byte[]>> result : results) {
                for (byte[] body : result.get()) {
                    assertArrayEquals(expected, body);
                }
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** ROUNDS fetches on a client of its own, each body decoded and checked against its Content-Length. */
    private static List<byte[]> fetchRounds(URI feed, boolean gzip) throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            HttpResponse<byte[]> response = fetch(feed, gzip);
            assertEquals(200, response.statusCode());
            assertEquals(response.body().length,
                    Long.parseLong(response.headers().firstValue("Content-Length").orElseThrow()));
            assertEquals(gzip ? "gzip" : "", response.headers().firstValue("Content-Encoding").orElse(""));
            bodies.add(gzip ? gunzip(response.body()) : response.body());
        }
        return bodies;
    }

    private static HttpResponse<byte[]> fetch(URI feed, boolean gzip) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(feed);
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
