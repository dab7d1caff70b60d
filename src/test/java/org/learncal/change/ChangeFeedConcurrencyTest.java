package org.learncal.change;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.learncal.support.Tokens.as;

/** A reader walking the feed while writers create, change and cancel events ends with the catalogue's state. */
@MicronautTest
class ChangeFeedConcurrencyTest {
    private static final int WRITERS = 4;
    private static final int EVENTS_PER_WRITER = 12;

    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void readerWalkingDuringWritesEndsWithExactlyTheCatalogue() throws Exception {
        BlockingHttpClient client = http.toBlocking();
        String network = Tokens.network(client);
        String organizer = Tokens.organizer(client, Tokens.city(client, network));
        ChangeReader reader = new ChangeReader(client, "/api/changes?network=" + network + "&limit=3");
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        Future<Integer> reading = pool.submit(() -> {
            int passes = 0;
            while (writing.get()) {
                reader.readToEnd();
                passes++;
            }
            return passes;
        });
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> write(client, organizer, network, writer)));
        }
        for (Future<?> done : writers) {
            done.get();
        }
        writing.set(false);
        assertTrue(reading.get() > 0, "the reader walked while writers wrote");
        pool.shutdown();
        reader.readToEnd();
        assertEquals(catalogue(client, network), reader.events());
        assertEquals(WRITERS * EVENTS_PER_WRITER * 2 / 3, reader.events().size());
    }

    /** Creates events, changes each, and cancels every third. */
    private static void write(BlockingHttpClient client, String organizer, String network, int writer) {
        for (int i = 0; i < EVENTS_PER_WRITER; i++) {
            Map<String, Object> body = EventBodies.with(EventBodies.online(organizer, "W" + writer + " n" + i),
                    "network", network);
            String id = (String) client.retrieve(as(Tokens.ADMIN, HttpRequest.POST("/api/events", body)), Map.class)
                    .get("id");
            client.exchange(as(Tokens.ADMIN, HttpRequest.PUT("/api/events/" + id,
                    EventBodies.with(body, "title", "W" + writer + " n" + i + " revised"))));
            if (i % 3 == 2) {
                client.exchange(as(Tokens.ADMIN, HttpRequest.DELETE("/api/events/" + id)));
            }
        }
    }

    /** The network's public events as the events API shows them, by id. */
    private static Map<String, Map<String, Object>> catalogue(BlockingHttpClient client, String network) {
        Map<String, Object> page = client.retrieve(HttpRequest.GET("/api/events?network=" + network + "&limit=200"),
                Argument.mapOf(String.class, Object.class));
        Map<String, Map<String, Object>> events = new HashMap<>();
        for (Object item : (List<?>) page.get("items")) {
            String id = (String) ((Map<?, ?>) item).get("id");
            events.put(id, client.retrieve(HttpRequest.GET("/api/events/" + id),
                    Argument.mapOf(String.class, Object.class)));
        }
        return events;
    }
}
