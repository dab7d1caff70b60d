package org.learncal.event;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
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

@MicronautTest
class EventWriteTest {
    @Inject
    @Client("/")
    HttpClient http;

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    private HttpResponse<Map> create(Tokens.Publisher publisher, Map<String, Object> body) {
        return client().exchange(as(publisher.organizerToken(), HttpRequest.POST("/api/events", body)), Map.class);
    }

    private List<String> titlesListedFor(String organizer) {
        Map<?, ?> page = client().retrieve("/api/events?organizer=" + organizer + "&status=scheduled,postponed,cancelled",
                Map.class);
        return ((List<Map<String, Object>>) page.get("items")).stream().map(item -> (String) item.get("title")).toList();
    }

    @Test
    void createdEventAppearsInListingsWithLocationAndETag() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        HttpResponse<Map> created = create(publisher, EventBodies.online(publisher.organizer(), "Café littéraire"));
        String id = (String) created.body().get("id");
        assertEquals("/api/events/" + id, created.header("Location"));
        assertEquals(0, created.body().get("sequence"));
        assertEquals("2027-02-20T15:00:00Z", created.body().get("start"));
        HttpResponse<Map> shown = client().exchange("/api/events/" + id, Map.class);
        assertEquals(created.header("ETag"), shown.header("ETag"));
        assertEquals(List.of("Café littéraire"), titlesListedFor(publisher.organizer()));
    }

    @Test
    void updateBumpsSequenceAndETagWhileUnchangedPutChangesNothing() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        Map<String, Object> body = EventBodies.online(publisher.organizer(), "Atelier");
        HttpResponse<Map> created = create(publisher, body);
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
        HttpResponse<Map> created = create(publisher, body);
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

    @Test
    void cancelAndDeleteKeepTheEventAsCancelledWithItsReason() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        String first = (String) create(publisher, EventBodies.online(publisher.organizer(), "Cancelled one"))
                .body().get("id");
        String second = (String) create(publisher, EventBodies.online(publisher.organizer(), "Deleted one"))
                .body().get("id");
        HttpResponse<Map> cancelled = client().exchange(as(publisher.organizerToken(),
                HttpRequest.POST("/api/events/" + first + "/cancel", Map.of("reason", "Intervenant malade"))), Map.class);
        assertEquals("cancelled", cancelled.body().get("status"));
        assertEquals("Intervenant malade", cancelled.body().get("statusReason"));
        assertEquals(1, cancelled.body().get("sequence"));
        HttpResponse<?> deleted = client().exchange(as(publisher.organizerToken(), HttpRequest.DELETE("/api/events/"
                + second)));
        assertEquals(HttpStatus.NO_CONTENT, deleted.getStatus());
        Map<?, ?> shown = client().retrieve("/api/events/" + second, Map.class);
        assertEquals("cancelled", shown.get("status"));
        assertEquals(1, shown.get("sequence"));
        HttpResponse<Map> again = client().exchange(as(publisher.organizerToken(),
                HttpRequest.POST("/api/events/" + first + "/cancel", Map.of("reason", "Intervenant malade"))), Map.class);
        assertEquals(1, again.body().get("sequence"), "cancelling twice changes nothing");
        client().exchange(as(publisher.organizerToken(), HttpRequest.DELETE("/api/events/" + first)));
        Map<?, ?> afterDelete = client().retrieve("/api/events/" + first, Map.class);
        assertEquals("Intervenant malade", afterDelete.get("statusReason"), "deleting keeps the reason given");
        assertEquals(1, afterDelete.get("sequence"));
        assertEquals(List.of(), titlesListedFor(publisher.organizer()).stream()
                .filter(title -> !title.startsWith("Cancelled") && !title.startsWith("Deleted")).toList());
        HttpResponse<Map> postponed = client().exchange(as(publisher.organizerToken(),
                HttpRequest.POST("/api/events/" + create(publisher, EventBodies.online(publisher.organizer(), "Later"))
                        .body().get("id") + "/postpone", Map.of("reason", "Date à confirmer"))), Map.class);
        assertEquals("postponed", postponed.body().get("status"));
        assertEquals(1, postponed.body().get("sequence"));
    }

    @Test
    void historyRecordsEveryChangeForOwnerAndNetworkOnly() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        Tokens.Publisher stranger = Tokens.publisher(client(), true);
        Map<String, Object> body = EventBodies.online(publisher.organizer(), "Historique");
        String id = (String) create(publisher, body).body().get("id");
        client().exchange(as(publisher.organizerToken(), HttpRequest.PUT("/api/events/" + id,
                EventBodies.with(body, "title", "Historique (2)"))));
        client().exchange(as(publisher.networkToken(), HttpRequest.POST("/api/events/" + id + "/cancel",
                Map.of("reason", "Salle indisponible"))));

        List<Map> history = client().retrieve(as(publisher.networkToken(), HttpRequest.GET("/api/events/" + id
                + "/history")), Argument.listOf(Map.class));
        assertEquals(List.of("created", "updated", "cancelled"), history.stream().map(h -> h.get("action")).toList());
        assertEquals(List.of(publisher.organizer() + " desk", publisher.organizer() + " desk",
                publisher.network() + " reviewers"), history.stream().map(h -> h.get("token")).toList());
        assertEquals(List.of(Map.of("field", "title", "old", "Historique", "value", "Historique (2)"),
                        Map.of("field", "sequence", "old", "0", "value", "1")),
                history.get(1).get("changes"));
        assertEquals(List.of(Map.of("field", "status", "old", "scheduled", "value", "cancelled"),
                        Map.of("field", "statusReason", "value", "Salle indisponible"),
                        Map.of("field", "sequence", "old", "1", "value", "2")),
                ((List<Map>) history.get(2).get("changes")).stream().map(change -> withoutNulls(change)).toList());
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(HttpClientResponseException.class, () -> client().exchange(
                as(stranger.organizerToken(), HttpRequest.GET("/api/events/" + id + "/history")))).getStatus());
    }

    private static Map<Object, Object> withoutNulls(Map<?, ?> map) {
        Map<Object, Object> copy = new java.util.LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (value != null) {
                copy.put(key, value);
            }
        });
        return copy;
    }
}
