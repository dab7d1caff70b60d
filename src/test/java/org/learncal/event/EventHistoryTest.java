package org.learncal.event;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.learncal.support.Tokens.as;

/** The history of an event: every change, for its owner and network only. */
@MicronautTest
class EventHistoryTest {
    @Inject
    WriteCalls calls;

    private BlockingHttpClient client() {
        return calls.client();
    }

    @Test
    void historyRecordsEveryChangeForOwnerAndNetworkOnly() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        Tokens.Publisher stranger = Tokens.publisher(client(), true);
        Map<String, Object> body = EventBodies.online(publisher.organizer(), "Historique");
        String id = (String) calls.create(publisher, body).body().get("id");
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
