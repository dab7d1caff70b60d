package org.learncal.event;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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

/** Translations outdated when the original changes, current again when rewritten, kept by a PUT without them. */
@MicronautTest
class TranslationWriteTest {
    @Inject
    WriteCalls calls;
    Tokens.Publisher publisher;
    Map<String, Object> body;
    HttpResponse<Map> created;

    @BeforeEach
    void createWorkshop() {
        publisher = Tokens.publisher(calls.client(), true);
        body = TranslationBodies.workshop(publisher.organizer());
        created = calls.create(publisher, body);
    }

    private Map<?, ?> put(Map<String, Object> revised) {
        calls.client().exchange(as(publisher.organizerToken(), HttpRequest.PUT("/api/events/"
                + created.body().get("id"), revised)), Map.class);
        return (Map<?, ?>) calls.client().retrieve("/api/events/" + created.body().get("id")
                + "?translations=all", Map.class).get("translations");
    }

    private static boolean outdated(Map<?, ?> translations, String language) {
        return (Boolean) ((Map<?, ?>) translations.get(language)).get("outdated");
    }

    @Test
    void changingTheOriginalTitleOutdatesItsTranslations() {
        Map<?, ?> translations = put(EventBodies.with(body, "title", "Atelier d'écriture créative"));
        assertEquals(List.of(true, true), List.of(outdated(translations, "en"), outdated(translations, "es")));
    }

    @Test
    void rewritingATranslationMakesItCurrentAgain() {
        put(EventBodies.with(body, "title", "Atelier d'écriture créative"));
        Map<?, ?> translations = put(TranslationBodies.workshop(publisher.organizer(), Map.of(
                "en", Map.of("title", "Creative writing workshop"), "es", TranslationBodies.SPANISH)));
        assertEquals(List.of(false, true), List.of(outdated(translations, "en"), outdated(translations, "es")));
    }

    @Test
    void changingOtherFieldsLeavesTranslationsCurrent() {
        Map<?, ?> translations = put(EventBodies.with(body, "joinUrl", "https://meet.example.org/other"));
        assertEquals(false, outdated(translations, "en"));
    }

    @Test
    void outdatedTranslationIsShownWithItsMark() {
        put(EventBodies.with(body, "description", "Nouvelle description."));
        Map<?, ?> shown = calls.client().retrieve(HttpRequest.GET("/api/events/" + created.body().get("id"))
                .header("Accept-Language", "en"), Map.class);
        assertEquals(List.of("Writing workshop", true), List.of(shown.get("title"), shown.get("textOutdated")));
    }

    @Test
    void putWithoutTranslationsKeepsThemAndAnEmptyMapRemovesThem() {
        assertEquals(2, put(EventBodies.without(body, "translations")).size());
        assertEquals(Map.of(), put(EventBodies.with(body, "translations", Map.of())));
    }

    @Test
    void historyRecordsTheOutdating() {
        put(EventBodies.with(body, "title", "Atelier d'écriture créative"));
        List<Map> entries = calls.client().retrieve(as(publisher.organizerToken(), HttpRequest.GET(
                "/api/events/" + created.body().get("id") + "/history")), Argument.listOf(Map.class));
        List<?> fields = ((List<Map<?, ?>>) entries.get(entries.size() - 1).get("changes")).stream()
                .map(change -> change.get("field")).toList();
        assertEquals(List.of("title", "sequence", "translations.en.outdated", "translations.es.outdated"), fields);
    }
}
