package org.learncal.event;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.support.Tokens.as;

/** The languages spoken at an event, apart from its text's: written, shown, kept by a replace, in history. */
@MicronautTest
class SpokenLanguagesWriteTest {
    @Inject
    WriteCalls calls;
    Tokens.Publisher publisher;

    @BeforeEach
    void publisher() {
        publisher = Tokens.publisher(calls.client(), true);
    }

    private String create(Map<String, Object> body) {
        return (String) calls.create(publisher, body).body().get("id");
    }

    private Map<?, ?> read(String id) {
        return calls.client().retrieve("/api/events/" + id, Map.class);
    }

    private void put(String id, Map<String, Object> body) {
        calls.client().exchange(as(publisher.organizerToken(), HttpRequest.PUT("/api/events/" + id, body)), Map.class);
    }

    @Test
    void spokenLanguagesAreShownInTheGivenOrderCanonicalApartFromTheTextLanguage() {
        String id = create(EventBodies.with(EventBodies.online(publisher.organizer(), "Lecture en famille"),
                "spokenLanguages", List.of("FR", "ar-ma")));
        assertEquals(List.of("fr", "ar-MA"), read(id).get("spokenLanguages"));
        assertEquals("fr", read(id).get("language"));
        assertEquals(List.of("fr"), read(id).get("textLanguages"));
    }

    @Test
    void leftOutTheEventIsSpokenInTheLanguageOfItsText() {
        String id = create(EventBodies.with(EventBodies.online(publisher.organizer(), "Reading circle"),
                "language", "en"));
        assertEquals(List.of("en"), read(id).get("spokenLanguages"));
    }

    @Test
    void aReplaceWithoutThemKeepsTheStoredOnesAndHistoryRecordsTheChange() {
        Map<String, Object> body = EventBodies.online(publisher.organizer(), "Atelier d'écriture");
        String id = create(EventBodies.with(body, "spokenLanguages", List.of("fr", "wo")));
        put(id, EventBodies.with(body, "title", "Atelier d'écriture, deuxième séance"));
        assertEquals(List.of("fr", "wo"), read(id).get("spokenLanguages"));
        put(id, EventBodies.with(body, "spokenLanguages", List.of("fr")));
        assertEquals(List.of("fr"), read(id).get("spokenLanguages"));
        List<Map> history = calls.client().retrieve(as(publisher.organizerToken(), HttpRequest.GET("/api/events/"
                + id + "/history")), Argument.listOf(Map.class));
        assertEquals(Map.of("field", "spokenLanguages", "old", "fr,wo", "value", "fr"),
                ((List<Map<?, ?>>) history.get(2).get("changes")).stream()
                        .filter(change -> "spokenLanguages".equals(change.get("field"))).findFirst().orElseThrow());
        assertEquals("fr,wo", ((List<Map<?, ?>>) history.get(0).get("changes")).stream()
                .filter(change -> "spokenLanguages".equals(change.get("field"))).findFirst().orElseThrow()
                .get("value"));
    }

    @Test
    void spokenLanguagesThatOnlyFollowedTheTextFollowItsNewLanguage() {
        Map<String, Object> body = EventBodies.online(publisher.organizer(), "Atelier");
        String id = create(body);
        put(id, EventBodies.with(EventBodies.with(body, "language", "fr-CA"), "title", "Atelier québécois"));
        assertEquals(List.of("fr-CA"), read(id).get("spokenLanguages"));
    }
}
