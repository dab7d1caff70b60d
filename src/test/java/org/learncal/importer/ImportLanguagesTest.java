package org.learncal.importer;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each text of an imported event keeps the language its LANGUAGE parameter gives: a DESCRIPTION in another
 * language than SUMMARY's becomes that language's text (a translation), not the original's.
 */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class ImportLanguagesTest {
    static final String FILE = "montreal-bilingual.ics";

    @Inject
    ImportCalls calls;
    Tokens.Publisher publisher;
    Map<String, List<Map<String, Object>>> report;

    @BeforeEach
    void importFile() {
        publisher = Tokens.publisher(calls.client(), true);
        report = calls.importFile(publisher.organizerToken(), FILE, "?language=fr");
    }

    private Map<String, Object> event(String title) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) calls.client().retrieve(
                "/api/events?translations=all&organizer=" + publisher.organizer(), Map.class).get("items");
        return items.stream().filter(item -> item.get("title").equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aDescriptionInAnotherLanguageIsKeptAsThatLanguagesText() {
        Map<String, Object> cafe = event("Café-rencontre des parents");
        assertEquals(List.of("fr-CA", "", List.of("fr-CA", "en-CA")),
                List.of(cafe.get("language"), cafe.get("description"), cafe.get("textLanguages")));
        assertEquals(Map.of("en-CA", Map.of("title", "Café-rencontre des parents", "description",
                        "An informal morning for parents of young children, held in English.", "origin", "author",
                        "outdated", false)),
                withoutNulls((Map<String, Map<String, Object>>) cafe.get("translations")));
    }

    @Test
    void textsGivenInSeveralLanguagesBecomeTheOriginalAndItsTranslations() {
        Map<String, Object> workshop = event("Atelier numérique pour les aînés");
        assertEquals(List.of("fr-CA", "Apprendre à utiliser une tablette."),
                List.of(workshop.get("language"), workshop.get("description")));
        assertEquals(Map.of("en-CA", Map.of("title", "Digital workshop for seniors", "description",
                        "Learn to use a tablet.", "origin", "author", "outdated", false)),
                withoutNulls((Map<String, Map<String, Object>>) workshop.get("translations")));
    }

    @Test
    void textsWithoutLanguageAreInTheImportsLanguageAndAReimportChangesNothing() {
        Map<String, Object> tale = event("Heure du conte");
        assertEquals(List.of("fr", "Des histoires pour les 3 à 5 ans.", Map.of()),
                List.of(tale.get("language"), tale.get("description"), tale.get("translations")));
        var again = calls.importFile(publisher.organizerToken(), FILE, "?language=fr");
        assertEquals(List.of(3, 0, 0), List.of(again.get("unchanged").size(), again.get("created").size(),
                again.get("updated").size()));
    }

    private static Map<String, Map<String, Object>> withoutNulls(Map<String, Map<String, Object>> translations) {
        Map<String, Map<String, Object>> cleaned = new java.util.TreeMap<>();
        translations.forEach((tag, t) -> {
            Map<String, Object> kept = new java.util.HashMap<>(t);
            kept.values().removeIf(java.util.Objects::isNull);
            cleaned.put(tag, kept);
        });
        return cleaned;
    }
}
