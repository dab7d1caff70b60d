package org.learncal.event;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learncal.support.Api;
import org.learncal.support.TestCatalog;
import org.learncal.support.TestEvents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The matching rules of {@code q}, through the index of the database in use (H2's term table, PostgreSQL's
 * GIN index): accents and case folded, every word required, the last one a prefix, names of venue, organizer
 * and city searched, Arabic and Japanese text. One fresh organizer isolates the events from other data.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TextSearchTest {
    @Inject
    TestCatalog catalog;
    @Inject
    Api api;
    String org;

    @BeforeAll
    void createEvents() {
        org = catalog.newOrganizer();
        add("numerique", "Citoyenneté numérique", "Ateliers pour les familles", "2027-03-01T10:00");
        add("climat", "Éducation au CLIMAT", "Une journée sur l'école et le climat", "2027-03-02T10:00");
        add("arabic", "محو الأمية الرقمية", "ورشة عمل لِلْمُعَلِّمِينَ في الدار البيضاء", "2027-03-03T10:00");
        add("japanese", "東京で学ぶ生涯学習", "オンライン講座です", "2027-03-04T10:00");
        add("both", "Numeracy and climate", "Learning by counting", "2027-03-05T10:00");
    }

    private void add(String slugWord, String title, String description, String start) {
        Event event = TestEvents.online(title, LocalDateTime.parse(start), "UTC");
        event = TestEvents.withText(event, title, description + " [" + slugWord + "]", "fr");
        catalog.insert(TestEvents.with(event, List.of(org), event.language(), "benguerir", List.of("literacy"),
                null, Cost.FREE));
    }

    private List<String> found(String q) {
        return api.events("organizer=" + org + "&limit=50&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                .items().stream().map(EventView::description)
                .map(d -> d.substring(d.lastIndexOf('[') + 1, d.length() - 1)).toList();
    }

    @ParameterizedTest(name = "q={0} finds {1}")
    @CsvSource(delimiter = '|', value = {
        // accents and case are folded on both sides
        "numerique|numerique", "NUMÉRIQUE|numerique", "Citoyennete Numerique|numerique",
        "éducation|climat", "CLIMAT|climat,both",
        // the last word is a prefix; earlier words are whole words
        "numéri|numerique", "citoy numerique|", "citoyennete num|numerique", "clim|climat,both",
        // every word must match, in title or description, in any order
        "climat école|climat", "école climat|climat", "climat numeracy|", "numeracy climate|both",
        // organizer, city and venue names are searched too
        "Test organizer|numerique,climat,arabic,japanese,both", "benguerir famille|numerique",
        // Arabic: diacritics (harakat) are folded like accents
        "الرقمية|arabic", "للمعلمين|arabic", "محو الأ|arabic", "الدار البيضاء|arabic",
        // Japanese: no spaces, so pairs of characters are matched; a lone character is a prefix
        "生涯学習|japanese", "東京|japanese", "学ぶ|japanese", "講座|japanese", "東|japanese", "京都|",
        // punctuation separates words; text without any word searches nothing
        "l'école|climat", "learning-counting|both",
    })
    void textMatches(String q, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(","));
        assertEquals(want, found(q));
    }
}
