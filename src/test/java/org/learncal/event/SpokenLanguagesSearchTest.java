package org.learncal.event;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learncal.support.Api;
import org.learncal.support.TestCatalog;
import org.learncal.support.TestEvents;
import org.learncal.token.Caller;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The {@code language} filter and facet are about the languages spoken at an event, not the one its text is in:
 * an event in French with interpretation into Arabic is found by {@code ar}, one whose text alone is Arabic is not.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpokenLanguagesSearchTest {
    @Inject
    TestCatalog catalog;
    @Inject
    EventWrites writes;
    @Inject
    Api api;
    String org;
    String word;

    @BeforeAll
    void createEvents() {
        org = catalog.newOrganizer();
        word = "spoken" + UUID.randomUUID().toString().substring(0, 8);
        add(word, "interpreted", "2027-05-01T10:00", "fr", List.of("fr", "ar"));
        add(word, "english", "2027-05-02T10:00", "en", List.of("en"));
        add(word, "arabic text", "2027-05-03T10:00", "ar", List.of("en"));
        add(word, "canadian", "2027-05-04T10:00", "fr", List.of("fr-CA", "en"));
    }

    private Event add(String words, String name, String start, String textLanguage, List<String> spoken) {
        Event base = TestEvents.online(name, LocalDateTime.parse(start), "UTC");
        base = TestEvents.withText(base, name + " " + words, "About " + words, textLanguage);
        return catalog.insert(TestEvents.with(base, List.of(org), textLanguage, "paris", List.of("stem"), null,
                Cost.FREE).withSpokenLanguages(spoken));
    }

    private List<String> titles(String filters) {
        return api.walk("q=" + word + filters).stream().map(EventView::title)
                .map(title -> title.replace(" " + word, "")).toList();
    }

    @Test
    void theFilterMatchesAnySpokenLanguageNotTheTextLanguage() {
        assertEquals(List.of("interpreted"), titles("&language=ar"));
        assertEquals(List.of("english", "arabic text", "canadian"), titles("&language=en"));
        assertEquals(List.of("interpreted", "canadian"), titles("&language=fr"));
        assertEquals(List.of("canadian"), titles("&language=fr-CA"));
    }

    @Test
    void theFacetCountsEverySpokenLanguageAsTheFilterFindsIt() {
        List<Facet.Count> counts = api.events("q=" + word + "&facets=language").facets().get("language");
        assertEquals(List.of(new Facet.Count("en", 3), new Facet.Count("fr", 2), new Facet.Count("ar", 1)), counts);
        counts.forEach(count -> assertEquals(count.count(), titles("&language=" + count.value()).size(),
                "listing of " + count.value()));
    }

    @Test
    void theWholeCatalogueTotalsFollowAChangeOfSpokenLanguages() {
        // another word: the other tests' search must not see it
        Event event = add("elsewhere", "basque", "2027-05-05T10:00", "fr", List.of("fr", "eu"));
        assertEquals(List.of(1L, 1L), List.of(total("eu"), (long) api.walk("language=eu").size()));
        writes.replace(Caller.ADMIN, event, event.replace(event.withSpokenLanguages(List.of("fr")),
                TestEvents.CREATED), "updated");
        assertEquals(List.of(0L, 0L), List.of(total("eu"), (long) api.walk("language=eu").size()));
    }

    private long total(String language) {
        return api.events("facets=language").facets().get("language").stream()
                .filter(count -> count.value().equals(language)).mapToLong(Facet.Count::count).sum();
    }
}
