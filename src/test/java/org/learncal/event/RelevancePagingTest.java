package org.learncal.event;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learncal.support.Api;
import org.learncal.support.TestCatalog;
import org.learncal.support.TestEvents;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** {@code sort=relevance}: events with every word in the title first, by start, then the others; paged by cursor. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelevancePagingTest {
    @Inject
    TestCatalog catalog;
    @Inject
    Api api;
    String org;

    @BeforeAll
    void createEvents() {
        org = catalog.newOrganizer();
        // titles t1..t4 hold both words; d1..d5 hold them only in the description (or one in each)
        add("d1", "Rencontre", "Lecture et écriture", "2027-04-01T10:00");
        add("t1", "Lecture et écriture", "Rencontre", "2027-04-02T10:00");
        add("d2", "Atelier lecture", "avec écriture", "2027-04-03T10:00");
        add("t2", "Écriture, lecture", "Atelier", "2027-04-04T10:00");
        add("d3", "Soirée", "lecture écriture", "2027-04-05T10:00");
        add("t3", "LECTURE ECRITURE", "Soirée", "2027-04-06T10:00");
        add("none", "Lecture seulement", "Sans l'autre mot", "2027-04-07T10:00");
        add("d4", "Club", "lecture écritures", "2027-04-08T10:00");
        add("t4", "Lecture, écritures", "Club", "2027-04-09T10:00");
        add("d5", "Café", "écriture lecture", "2027-04-10T10:00");
    }

    private void add(String name, String title, String description, String start) {
        Event event = TestEvents.online(name, LocalDateTime.parse(start), "UTC");
        catalog.insert(TestEvents.with(TestEvents.withText(event, title, description + " " + name, "fr"),
                List.of(org), "fr", "benguerir", List.of("literacy"), null, Cost.FREE));
    }

    private List<String> walk(String query) {
        return api.walk(query).stream().map(item -> item.description().substring(
                item.description().lastIndexOf(' ') + 1)).toList();
    }

    @Test
    void titleMatchesComeFirstThenTheOthersEachByStart() {
        assertEquals(List.of("t1", "t2", "t3", "t4", "d1", "d2", "d3", "d4", "d5"),
                walk("organizer=" + org + "&q=lecture+ecri&sort=relevance&limit=50"));
    }

    @Test
    void pagingByRelevanceWalksEveryMatchExactlyOnce() {
        List<String> expected = List.of("t1", "t2", "t3", "t4", "d1", "d2", "d3", "d4", "d5");
        for (int limit = 1; limit <= 5; limit++) {
            assertEquals(expected, walk("organizer=" + org + "&q=lecture+ecri&sort=relevance&limit=" + limit),
                    "limit " + limit);
        }
    }

    @Test
    void pagingByStartIsUnchangedWhenQIsGiven() {
        assertEquals(List.of("d1", "t1", "d2", "t2", "d3", "t3", "d4", "t4", "d5"),
                walk("organizer=" + org + "&q=lecture+ecri&limit=2"));
    }

    @Test
    void lastPageHasNoCursor() {
        assertNull(api.events("organizer=" + org + "&q=lecture+ecri&sort=relevance&limit=9").next());
    }
}
