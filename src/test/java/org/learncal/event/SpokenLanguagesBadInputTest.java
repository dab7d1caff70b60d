package org.learncal.event;

import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learncal.support.EventBodies;
import org.learncal.support.Tokens;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Bad spoken languages get a problem naming each bad item, and create nothing. */
@MicronautTest
class SpokenLanguagesBadInputTest {
    @Inject
    WriteCalls calls;

    static Stream<Object[]> badLists() {
        return Stream.of(
                new Object[]{List.of("fr", "xx-YY"), Map.of("spokenLanguages[1]",
                        "'xx-YY' is not a known BCP 47 language tag such as fr, en or ar")},
                new Object[]{List.of("ar", "fr", "fr-CA"), Map.of("spokenLanguages[2]",
                        "'fr-CA' names fr again (see spokenLanguages[1]): name each language once")},
                new Object[]{Arrays.asList("en", null), Map.of("spokenLanguages[1]",
                        "null is not a known BCP 47 language tag such as fr, en or ar")},
                new Object[]{List.of(), Map.of("spokenLanguages",
                        "must name at least one language, or be left out for the language of the text")},
                new Object[]{List.of("ar", "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr"),
                        Map.of("spokenLanguages", "may name at most 10 languages")});
    }

    @ParameterizedTest
    @MethodSource("badLists")
    void eachBadItemIsNamedByItsIndex(List<String> spoken, Map<String, String> expected) {
        Tokens.Publisher publisher = Tokens.publisher(calls.client(), true);
        Map<String, Object> body = EventBodies.with(EventBodies.online(publisher.organizer(), "Atelier"),
                "spokenLanguages", spoken);
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> calls.create(publisher, body));
        assertEquals(400, e.getStatus().getCode());
        assertEquals("application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
        List<Map<?, ?>> errors = (List<Map<?, ?>>) e.getResponse().getBody(Map.class).orElseThrow().get("errors");
        assertEquals(List.of(expected), errors.stream()
                .map(error -> Map.of(error.get("name"), error.get("reason"))).toList());
        assertEquals(List.of(), calls.titlesListedFor(publisher.organizer()));
    }
}
