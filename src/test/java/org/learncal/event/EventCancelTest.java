package org.learncal.event;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.support.Tokens.as;

/** Cancelling, deleting and postponing keep the event, with its reason. */
@MicronautTest
class EventCancelTest {
    @Inject
    WriteCalls calls;

    private BlockingHttpClient client() {
        return calls.client();
    }

    @Test
    void cancelAndDeleteKeepTheEventAsCancelledWithItsReason() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        String first = (String) calls.create(publisher, EventBodies.online(publisher.organizer(), "Cancelled one"))
                .body().get("id");
        String second = (String) calls.create(publisher, EventBodies.online(publisher.organizer(), "Deleted one"))
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
        assertEquals(List.of(), calls.titlesListedFor(publisher.organizer()).stream()
                .filter(title -> !title.startsWith("Cancelled") && !title.startsWith("Deleted")).toList());
        HttpResponse<Map> postponed = client().exchange(as(publisher.organizerToken(),
                HttpRequest.POST("/api/events/"
                        + calls.create(publisher, EventBodies.online(publisher.organizer(), "Later")).body().get("id")
                        + "/postpone", Map.of("reason", "Date à confirmer"))), Map.class);
        assertEquals("postponed", postponed.body().get("status"));
        assertEquals(1, postponed.body().get("sequence"));
    }
}
