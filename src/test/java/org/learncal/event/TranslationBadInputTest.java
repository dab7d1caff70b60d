package org.learncal.event;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.support.Tokens.as;

/** A bad translation gets a problem naming its field path, and creates nothing. */
@MicronautTest
class TranslationBadInputTest {
    @Inject
    WriteCalls calls;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown language tag          | xx-YY | Title                | translations.xx-YY",
        "malformed language tag        | en_US!| Title                | translations.en_US!",
        "the original's own language   | fr    | Titre                | translations.fr",
        "empty title                   | en    | ''                   | translations.en.title",
        "blank title                   | en    | '   '                | translations.en.title",
        "identical to the original     | en    | Atelier d'écriture   | translations.en.title"})
    void badTranslationIsNamedByItsPath(String label, String tag, String title, String field) {
        Tokens.Publisher publisher = Tokens.publisher(calls.client(), true);
        String description = label.startsWith("identical")
                ? (String) EventBodies.online(publisher.organizer(), title).get("description") : "Some text";
        Map<String, Object> body = TranslationBodies.workshop(publisher.organizer(),
                Map.of(tag, Map.of("title", title, "description", description)));
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class, () -> calls.create(publisher, body));
        assertEquals(400, e.getStatus().getCode());
        Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
        assertEquals(List.of(field), ((List<Map<?, ?>>) problem.get("errors")).stream()
                .map(error -> error.get("name")).toList());
        assertEquals(List.of(), calls.titlesListedFor(publisher.organizer()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown origin       | {\"en\": {\"title\": \"T\", \"origin\": \"machine\"}} | translations.en.origin",
        "not an object        | {\"en\": \"Writing workshop\"}                        | translations.en",
        "unknown field        | {\"en\": {\"title\": \"T\", \"summary\": \"S\"}}      | translations.en.summary",
        "translations a list  | [\"en\"]                                              | translations"})
    void badTranslationShapeIsNamedByItsPath(String label, String translations, String field) {
        Tokens.Publisher publisher = Tokens.publisher(calls.client(), true);
        String body = "{\"title\": \"Atelier\", \"language\": \"fr\", \"timeZone\": \"UTC\", \"start\": "
                + "\"2027-02-20T15:00\", \"end\": \"2027-02-20T17:00\", \"format\": \"online\", \"joinUrl\": "
                + "\"https://meet.example.org/a\", \"organizers\": [\"" + publisher.organizer() + "\"], "
                + "\"translations\": " + translations + "}";
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class, () -> calls.client().exchange(as(publisher.organizerToken(),
                        HttpRequest.POST("/api/events", body).contentType("application/json")), Map.class));
        assertEquals(List.of(field), ((List<Map<?, ?>>) e.getResponse().getBody(Map.class).orElseThrow()
                .get("errors")).stream().map(error -> error.get("name")).toList());
    }
}
