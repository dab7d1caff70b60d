package org.learncal.event;

import io.micronaut.http.HttpRequest;
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
import static org.learncal.support.Tokens.ADMIN;
import static org.learncal.support.Tokens.as;

/** Renaming an organizer or a city changes the words that find its events: the new name finds them, the old not. */
@MicronautTest(transactional = false)
class NameChangesSearchTest {
    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    Api api;

    @Test
    void anOrganizersNewNameFindsItsEventsAndTheOldNameNoLonger() {
        String city = Tokens.city(client.toBlocking(), Tokens.network(client.toBlocking()));
        String organizer = Tokens.organizer(client.toBlocking(), city);
        String slug = post(EventBodies.online(organizer, "Atelier du soir"));
        client.toBlocking().exchange(as(ADMIN, HttpRequest.PUT("/api/organizers/" + organizer,
                Map.of("name", "Médiathèque Zéphyrine", "kind", "ngo", "city", city))));

        assertEquals(List.of(slug), api.slugs("q=zephyrine&organizer=" + organizer));
        assertEquals(List.of(), api.slugs("q=" + organizer + "&organizer=" + organizer));
    }

    @Test
    void aCitysNewNameFindsItsEventsAndTheOldNameNoLonger() {
        String city = Tokens.city(client.toBlocking(), Tokens.network(client.toBlocking()));
        String organizer = Tokens.organizer(client.toBlocking(), city);
        String slug = post(EventBodies.with(EventBodies.online(organizer, "Atelier du matin"), "city", city));
        client.toBlocking().exchange(as(ADMIN, HttpRequest.PUT("/api/cities/" + city, Map.of("name", "Ksar Ouarzazir",
                "country", "MA", "timeZone", "Africa/Casablanca"))));

        assertEquals(List.of(slug), api.slugs("q=ouarzazir&organizer=" + organizer));
        assertEquals(List.of(), api.slugs("q=" + city + "&organizer=" + organizer));
    }

    private String post(Map<String, Object> body) {
        return (String) client.toBlocking().retrieve(as(ADMIN, HttpRequest.POST("/api/events", body)), Map.class)
                .get("slug");
    }
}
