package org.learncal.event;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.learncal.support.Tokens.as;

/** Creating and replacing events: Location, ETag, sequence, If-Match and racing writers. */
@MicronautTest
class EventWriteTest {
    @Inject
    WriteCalls calls;

    private BlockingHttpClient client() {
        return calls.client();
    }

    @Test
    void createdEventAppearsInListingsWithLocationAndETag() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        HttpResponse<Map> created = calls.create(publisher,
                EventBodies.online(publisher.organizer(), "Café littéraire"));
        String id = (String) created.body().get("id");
        assertEquals("/api/events/" + id, created.header("Location"));
        assertEquals(0, created.body().get("sequence"));
        assertEquals("2027-02-20T15:00:00Z", created.body().get("start"));
        HttpResponse<Map> shown = client().exchange("/api/events/" + id, Map.class);
        assertEquals(created.header("ETag"), shown.header("ETag"));
        assertEquals(List.of("Café littéraire"), calls.titlesListedFor(publisher.organizer()));
    }

    @Test
    void updateBumpsSequenceAndETagWhileUnchangedPutChangesNothing() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        Map<String, Object> body = EventBodies.online(publisher.organizer(), "Atelier");
        HttpResponse<Map> created = calls.create(publisher, body);
        String id = (String) created.body().get("id");
        String etag = created.header("ETag");

        HttpResponse<Map> same = client().exchange(as(publisher.organizerToken(),
                HttpRequest.PUT("/api/events/" + id, body).header("If-Match", etag)), Map.class);
        assertEquals(etag, same.header("ETag"));
        assertEquals(0, same.body().get("sequence"));
        assertEquals(created.body().get("updated"), same.body().get("updated"));

        Map<String, Object> nextDay = EventBodies.with(EventBodies.with(body, "start", "2027-02-21T15:00"), "end",
                "2027-02-21T17:00");
        HttpResponse<Map> moved = client().exchange(as(publisher.organizerToken(), HttpRequest.PUT("/api/events/" + id,
                nextDay).header("If-Match", etag)), Map.class);
        assertEquals(HttpStatus.BAD_REQUEST, assertThrows(HttpClientResponseException.class, () -> client()
                .exchange(as(publisher.organizerToken(), HttpRequest.PUT("/api/events/" + id,
                        EventBodies.with(body, "end", "2027-02-20T10:00"))))).getStatus());
        HttpResponse<Map> moved2 = client().exchange(as(publisher.organizerToken(), HttpRequest.PUT("/api/events/" + id,
                EventBodies.with(nextDay, "joinUrl", "https://meet.example.org/other"))
                .header("If-Match", moved.header("ETag"))), Map.class);
        assertEquals(1, moved.body().get("sequence"));
        assertEquals(2, moved2.body().get("sequence"));
        assertNotEquals(etag, moved.header("ETag"));
        assertEquals(moved2.header("ETag"), client().exchange("/api/events/" + id, Map.class).header("ETag"));

        HttpResponse<Map> topics = client().exchange(as(publisher.organizerToken(), HttpRequest.PUT("/api/events/" + id,
                EventBodies.with(EventBodies.with(nextDay, "joinUrl", "https://meet.example.org/other"), "topics",
                        List.of()))), Map.class);
        assertEquals(2, topics.body().get("sequence"), "topics are not significant to a calendar");
        assertNotEquals(moved2.header("ETag"), topics.header("ETag"));

        HttpClientResponseException stale = assertThrows(HttpClientResponseException.class, () -> client().exchange(
                as(publisher.organizerToken(), HttpRequest.PUT("/api/events/" + id, body).header("If-Match", etag))));
        assertEquals(HttpStatus.PRECONDITION_FAILED, stale.getStatus());
        assertEquals("https://learncal.org/problems/precondition-failed",
                stale.getResponse().getBody(Map.class).orElseThrow().get("type"));
    }

    @Test
    void twoConcurrentPutsWithTheSameIfMatchOneWins() throws Exception {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        Map<String, Object> body = EventBodies.online(publisher.organizer(), "Race");
        HttpResponse<Map> created = calls.create(publisher, body);
        String id = (String) created.body().get("id");
        String etag = created.header("ETag");
        for (int round = 0; round < 5; round++) {
            String current = round == 0 ? etag : client().exchange("/api/events/" + id, Map.class).header("ETag");
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<HttpStatus>> results = new ArrayList<>();
            for (String title : List.of("Race A" + round, "Race B" + round)) {
                Callable<HttpStatus> put = () -> {
                    start.await();
                    try {
                        return client().exchange(as(publisher.organizerToken(), HttpRequest.PUT("/api/events/" + id,
                                EventBodies.with(body, "title", title)).header("If-Match", current))).getStatus();
                    } catch (HttpClientResponseException e) {
                        return e.getStatus();
                    }
                };
                results.add(pool.submit(put));
            }
            start.countDown();
            List<HttpStatus> statuses = new ArrayList<>();
            for (Future<HttpStatus> result : results) {
                statuses.add(result.get());
            }
            pool.shutdown();
            statuses.sort(null);
            assertEquals(List.of(HttpStatus.OK, HttpStatus.PRECONDITION_FAILED), statuses);
        }
    }
}
