package org.learncal.review;

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

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.learncal.support.Tokens.as;

@MicronautTest
class ReviewTest {
    @Inject
    @Client("/")
    HttpClient http;

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    private String create(Tokens.Publisher publisher, String title) {
        HttpResponse<Map> created = client().exchange(as(publisher.organizerToken(), HttpRequest.POST("/api/events",
                EventBodies.online(publisher.organizer(), title))), Map.class);
        return (String) created.body().get("id");
    }

    private List<String> publicTitles(Tokens.Publisher publisher) {
        Map<?, ?> page = client().retrieve("/api/events?organizer=" + publisher.organizer(), Map.class);
        return ((List<Map<?, ?>>) page.get("items")).stream().map(item -> (String) item.get("title")).toList();
    }

    private HttpStatus statusOf(HttpRequest<?> request) {
        try {
            return client().exchange(request).getStatus();
        } catch (HttpClientResponseException e) {
            return e.getStatus();
        }
    }

    @Test
    void pendingEventInvisibleUntilApproved() {
        Tokens.Publisher publisher = Tokens.publisher(client(), false);
        String id = create(publisher, "En attente");
        assertEquals(List.of(), publicTitles(publisher));
        assertEquals(HttpStatus.NOT_FOUND, statusOf(HttpRequest.GET("/api/events/" + id)));

        List<Map> queue = client().retrieve(as(publisher.networkToken(), HttpRequest.GET("/api/review")),
                Argument.listOf(Map.class));
        assertEquals(List.of("En attente|pending"), queue.stream()
                .map(item -> ((Map<?, ?>) item.get("event")).get("title") + "|" + item.get("review")).toList());

        assertEquals(HttpStatus.FORBIDDEN, statusOf(as(publisher.organizerToken(),
                HttpRequest.POST("/api/events/" + id + "/approve", ""))));
        Tokens.Publisher otherNetwork = Tokens.publisher(client(), false);
        assertEquals(HttpStatus.FORBIDDEN, statusOf(as(otherNetwork.networkToken(),
                HttpRequest.POST("/api/events/" + id + "/approve", ""))));
        assertEquals(List.of(), client().retrieve(as(otherNetwork.networkToken(), HttpRequest.GET("/api/review")),
                Argument.listOf(Map.class)));
        Map<?, ?> approved = client().retrieve(as(publisher.networkToken(),
                HttpRequest.POST("/api/events/" + id + "/approve", "")), Map.class);
        assertEquals("approved", approved.get("review"));
        assertEquals(List.of("En attente"), publicTitles(publisher));
        assertEquals(HttpStatus.OK, statusOf(HttpRequest.GET("/api/events/" + id)));
        assertEquals(List.of(), client().retrieve(as(publisher.networkToken(), HttpRequest.GET("/api/review")),
                Argument.listOf(Map.class)));
        assertEquals(HttpStatus.CONFLICT, statusOf(as(publisher.networkToken(),
                HttpRequest.POST("/api/events/" + id + "/approve", ""))));
    }

    @Test
    void rejectedEventStaysHiddenWithItsReasonAndReturnsToReviewWhenChanged() {
        Tokens.Publisher publisher = Tokens.publisher(client(), false);
        String id = create(publisher, "Refusé");
        assertEquals(HttpStatus.BAD_REQUEST, statusOf(as(publisher.networkToken(),
                HttpRequest.POST("/api/events/" + id + "/reject", Map.of()))));
        Map<?, ?> rejected = client().retrieve(as(publisher.networkToken(),
                HttpRequest.POST("/api/events/" + id + "/reject", Map.of("reason", "Hors sujet"))), Map.class);
        assertEquals("rejected|Hors sujet", rejected.get("review") + "|" + rejected.get("reason"));
        assertEquals(List.of(), publicTitles(publisher));
        List<Map> own = client().retrieve(as(publisher.organizerToken(), HttpRequest.GET("/api/review")),
                Argument.listOf(Map.class));
        assertEquals(List.of("Refusé|rejected|Hors sujet"), own.stream().map(item -> ((Map<?, ?>) item.get("event"))
                .get("title") + "|" + item.get("review") + "|" + item.get("reason")).toList());

        HttpResponse<Map> changed = client().exchange(as(publisher.organizerToken(), HttpRequest.PUT("/api/events/"
                + id, EventBodies.online(publisher.organizer(), "Refusé, puis corrigé"))), Map.class);
        assertEquals("pending", changed.header("LearnCal-Review"));
        List<Map> history = client().retrieve(as(publisher.organizerToken(), HttpRequest.GET("/api/events/" + id
                + "/history")), Argument.listOf(Map.class));
        assertEquals(List.of("created", "rejected", "updated"), history.stream().map(h -> h.get("action")).toList());
    }

    @Test
    void trustedOrganizersPublishDirectlyAndOnlyTheirNetworkSetsTrust() {
        Tokens.Publisher publisher = Tokens.publisher(client(), false);
        Tokens.Publisher other = Tokens.publisher(client(), false);
        assertEquals(HttpStatus.FORBIDDEN, statusOf(as(other.networkToken(), HttpRequest.PUT("/api/networks/"
                + publisher.network() + "/trusted/" + publisher.organizer(), ""))));
        assertEquals(HttpStatus.CONFLICT, statusOf(as(publisher.networkToken(), HttpRequest.PUT("/api/networks/"
                + publisher.network() + "/trusted/" + other.organizer(), ""))));
        assertEquals(HttpStatus.CREATED, statusOf(as(publisher.networkToken(), HttpRequest.PUT("/api/networks/"
                + publisher.network() + "/trusted/" + publisher.organizer(), ""))));
        create(publisher, "Publié directement");
        assertEquals(List.of("Publié directement"), publicTitles(publisher));
        assertEquals(List.of(publisher.organizer()), client().retrieve(as(publisher.networkToken(),
                HttpRequest.GET("/api/networks/" + publisher.network() + "/trusted")), Argument.listOf(String.class)));
    }

    @Test
    void trustOnAnUnknownNetworkOrOrganizerIsNotFound() {
        Tokens.Publisher publisher = Tokens.publisher(client(), false);
        assertEquals(HttpStatus.NOT_FOUND, statusOf(as(Tokens.ADMIN, HttpRequest.GET("/api/networks/nowhere/trusted"))));
        assertEquals(HttpStatus.NOT_FOUND, statusOf(as(Tokens.ADMIN, HttpRequest.PUT("/api/networks/nowhere/trusted/"
                + publisher.organizer(), ""))));
        assertEquals(HttpStatus.NOT_FOUND, statusOf(as(publisher.networkToken(), HttpRequest.PUT("/api/networks/"
                + publisher.network() + "/trusted/nobody", ""))));
    }
}
