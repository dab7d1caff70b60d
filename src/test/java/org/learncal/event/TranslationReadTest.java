package org.learncal.event;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Reads choose the text by lang=, then Accept-Language with q-values, else the original; and say which. */
@MicronautTest
class TranslationReadTest {
    @Inject
    WriteCalls calls;
    String id;
    String organizer;

    @BeforeEach
    void createWorkshop() {
        Tokens.Publisher publisher = Tokens.publisher(calls.client(), true);
        organizer = publisher.organizer();
        id = (String) calls.create(publisher, TranslationBodies.workshop(publisher.organizer())).body().get("id");
    }

    private HttpResponse<Map> get(String query, String acceptLanguage) {
        MutableHttpRequest<Object> request = HttpRequest.GET("/api/events/" + id + query);
        return calls.client().exchange(acceptLanguage == null ? request
                : request.header("Accept-Language", acceptLanguage), Map.class);
    }

    @Test
    void langParameterChoosesTheTranslationAndSaysSo() {
        HttpResponse<Map> shown = get("?lang=en", "es");
        assertEquals("Writing workshop", shown.body().get("title"));
        assertEquals("en", shown.body().get("textLanguage"));
        assertEquals("author", shown.body().get("textOrigin"));
        assertEquals("fr", shown.body().get("language"));
        assertEquals("en", shown.header("Content-Language"));
        assertEquals(List.of("fr", "en", "es"), shown.body().get("textLanguages"));
    }

    @Test
    void acceptLanguageTakesTheHighestQValueAvailable() {
        HttpResponse<Map> shown = get("", "de;q=1, en;q=0.5, es;q=0.8");
        assertEquals("Taller de escritura", shown.body().get("title"));
        assertEquals("reviewed", shown.body().get("textOrigin"));
        assertEquals("es", shown.header("Content-Language"));
        assertEquals("Accept-Language", shown.header("Vary"));
    }

    @Test
    void regionalTagFindsTheLanguage() {
        assertEquals("Writing workshop", get("", "en-GB").body().get("title"));
    }

    @Test
    void languageWithoutTranslationFallsBackToTheOriginal() {
        HttpResponse<Map> shown = get("?lang=ar", null);
        assertEquals("Atelier d'écriture", shown.body().get("title"));
        assertEquals("fr", shown.body().get("textLanguage"));
        assertEquals("original", shown.body().get("textOrigin"));
        assertEquals("fr", shown.header("Content-Language"));
    }

    @Test
    void unknownLanguageTagIsAProblemNamingLang() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> get("?lang=xx", null));
        assertEquals(400, e.getStatus().getCode());
        assertEquals("lang", ((List<Map<?, ?>>) e.getResponse().getBody(Map.class).orElseThrow().get("errors"))
                .get(0).get("name"));
    }

    @Test
    void everyTranslationOnRequestOnlyThen() {
        assertNull(get("", null).body().get("translations"));
        Map<?, ?> translations = (Map<?, ?>) get("?translations=all", null).body().get("translations");
        assertEquals(List.of("en", "es"), List.copyOf(translations.keySet()));
        assertEquals(Map.of("title", "Writing workshop", "description", TranslationBodies.ENGLISH.get("description"),
                "origin", "author", "outdated", false), withoutNulls((Map<?, ?>) translations.get("en")));
    }

    @Test
    void listingChoosesPerEventAndNamesTheLanguagesSent() {
        HttpResponse<Map> page = calls.client().exchange(HttpRequest.GET("/api/events?lang=es&q=taller&organizer="
                + organizer),
                Map.class);
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.body().get("items");
        assertEquals("Taller de escritura", items.get(0).get("title"));
        assertEquals("es", page.header("Content-Language"));
    }

    private static Map<?, ?> withoutNulls(Map<?, ?> map) {
        return map.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
