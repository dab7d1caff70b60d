package org.learncal.event;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code q} matches any translation, accent-insensitive, through the index of the database in use (H2's term
 * table, PostgreSQL's GIN index), and the event is shown in the language asked for.
 */
@MicronautTest
class TranslationSearchTest {
    @Inject
    WriteCalls calls;

    private List<String> titles(String query) {
        Map<?, ?> page = calls.client().retrieve(query, Map.class);
        return ((List<Map<?, ?>>) page.get("items")).stream().map(item -> (String) item.get("title")).toList();
    }

    @Test
    void aWordOnlyInATranslationFindsTheEvent() {
        Tokens.Publisher publisher = Tokens.publisher(calls.client(), true);
        calls.create(publisher, TranslationBodies.workshop(publisher.organizer()));
        assertEquals(List.of("Atelier d'écriture"),
                titles("/api/events?q=docentes&organizer=" + publisher.organizer()));
    }

    @Test
    void translationsAreFoundWithoutTheirAccents() {
        Tokens.Publisher publisher = Tokens.publisher(calls.client(), true);
        calls.create(publisher, TranslationBodies.workshop(publisher.organizer(), Map.of("es",
                Map.of("title", "Educación científica", "description", ""))));
        assertEquals(List.of("Educación científica"),
                titles("/api/events?q=cientifica&lang=es&organizer=" + publisher.organizer()));
    }

    @Test
    void aReplacedTranslationNoLongerMatchesItsOldWords() {
        Tokens.Publisher publisher = Tokens.publisher(calls.client(), true);
        String id = (String) calls.create(publisher, TranslationBodies.workshop(publisher.organizer())).body()
                .get("id");
        calls.client().exchange(org.learncal.support.Tokens.as(publisher.organizerToken(),
                io.micronaut.http.HttpRequest.PUT("/api/events/" + id, TranslationBodies.workshop(
                        publisher.organizer(), Map.of("en", TranslationBodies.ENGLISH)))), Map.class);
        assertEquals(List.of(), titles("/api/events?q=docentes&organizer=" + publisher.organizer()));
    }
}
