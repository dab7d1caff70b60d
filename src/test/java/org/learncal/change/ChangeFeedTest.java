package org.learncal.change;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Api;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.learncal.support.Tokens.as;

/** What the change feed says about one event as it is written, cancelled, rejected and moved between networks. */
@MicronautTest
class ChangeFeedTest {
    @Inject
    @Client("/")
    HttpClient http;

    private BlockingHttpClient client() {
        return http.toBlocking();
    }

    private String create(String token, Map<String, Object> body) {
        return (String) client().retrieve(as(token, HttpRequest.POST("/api/events", body)), Map.class).get("id");
    }

    private Map<String, Object> eventJson(String id) {
        return client().retrieve(HttpRequest.GET("/api/events/" + id), Argument.mapOf(String.class, Object.class));
    }

    private ChangeReader readAll(String filters) {
        ChangeReader reader = new ChangeReader(client(), "/api/changes?" + filters);
        reader.readToEnd();
        return reader;
    }

    @Test
    void aNewEventIsUpdatedWithTheDataTheApiShows() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        String id = create(publisher.organizerToken(), EventBodies.online(publisher.organizer(), "Atelier RPDE"));
        ChangeReader reader = readAll("organizer=" + publisher.organizer());
        assertEquals(Map.of(id, eventJson(id)), reader.events());
        assertEquals("updated", reader.lastState(id));
    }

    @Test
    void aCancelledEventIsDeleted() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        String id = create(publisher.organizerToken(), EventBodies.online(publisher.organizer(), "Annulé"));
        ChangeReader reader = readAll("organizer=" + publisher.organizer());
        client().exchange(as(publisher.organizerToken(), HttpRequest.DELETE("/api/events/" + id)));
        assertEquals(1, reader.readToEnd());
        assertEquals("deleted", reader.lastState(id));
        assertEquals(Map.of(), reader.events());
    }

    @Test
    void aRejectedEventIsDeleted() {
        Tokens.Publisher publisher = Tokens.publisher(client(), false);
        String id = create(publisher.organizerToken(), EventBodies.online(publisher.organizer(), "Refusé"));
        client().exchange(as(publisher.networkToken(), HttpRequest.POST("/api/events/" + id + "/reject",
                Map.of("reason", "hors sujet"))));
        ChangeReader reader = readAll("organizer=" + publisher.organizer());
        assertEquals("deleted", reader.lastState(id));
        assertEquals(Map.of(), reader.events());
    }

    @Test
    void anEventMovedToAnotherNetworkIsDeletedFromTheFirstNetworksFeed() {
        String first = Tokens.network(client());
        String second = Tokens.network(client());
        String organizer = Tokens.organizer(client(), Tokens.city(client(), first));
        Map<String, Object> body = EventBodies.with(EventBodies.online(organizer, "Déménage"), "network", first);
        String id = create(Tokens.ADMIN, body);
        ChangeReader firstFeed = readAll("network=" + first);
        assertEquals(List.of(id), List.copyOf(firstFeed.events().keySet()));

        client().exchange(as(Tokens.ADMIN, HttpRequest.PUT("/api/events/" + id,
                EventBodies.with(body, "network", second))));
        assertEquals(1, firstFeed.readToEnd());
        assertEquals("deleted", firstFeed.lastState(id));
        ChangeReader secondFeed = readAll("network=" + second);
        assertEquals(Map.of(id, eventJson(id)), secondFeed.events());
        assertNull(readAll("network=" + Tokens.network(client())).lastState(id), "never in a third network's feed");
    }

    @Test
    void lastPageIsBrieflyCachedAndEarlierPagesLong() {
        Tokens.Publisher publisher = Tokens.publisher(client(), true);
        create(publisher.organizerToken(), EventBodies.online(publisher.organizer(), "Cache"));
        HttpResponse<String> first = client().exchange("/api/changes?organizer=" + publisher.organizer(),
                String.class);
        assertEquals("public, max-age=3600", first.header("Cache-Control"));
        String next = ChangeReader.pathOf((String) new Api(client()).json("/api/changes?organizer="
                + publisher.organizer()).get("next"));
        assertEquals("public, max-age=8", client().exchange(next, String.class).header("Cache-Control"));
    }
}
