package org.learncal.change;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.support.Tokens.as;

/** The change feed's language filter tests the languages spoken: an event that stops being spoken in one leaves. */
@MicronautTest
class ChangeFeedSpokenLanguagesTest {
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void anEventNoLongerSpokenInTheFilteredLanguageIsDeletedFromThatFeed() {
        BlockingHttpClient client = http.toBlocking();
        Tokens.Publisher publisher = Tokens.publisher(client, true);
        Map<String, Object> body = EventBodies.with(EventBodies.online(publisher.organizer(), "Causerie"),
                "spokenLanguages", List.of("fr", "wo"));
        String id = (String) client.retrieve(as(publisher.organizerToken(), HttpRequest.POST("/api/events", body)),
                Map.class).get("id");
        ChangeReader wolof = new ChangeReader(client, "/api/changes?language=wo&organizer=" + publisher.organizer());
        wolof.readToEnd();
        assertEquals(List.of(id), List.copyOf(wolof.events().keySet()));
        assertEquals(List.of("fr", "wo"), wolof.events().get(id).get("spokenLanguages"));

        client.exchange(as(publisher.organizerToken(), HttpRequest.PUT("/api/events/" + id,
                EventBodies.with(body, "spokenLanguages", List.of("fr")))));
        assertEquals(1, wolof.readToEnd());
        assertEquals("deleted", wolof.lastState(id));
        ChangeReader french = new ChangeReader(client, "/api/changes?language=fr&organizer=" + publisher.organizer());
        french.readToEnd();
        assertEquals(List.of(id), List.copyOf(french.events().keySet()));
    }
}
