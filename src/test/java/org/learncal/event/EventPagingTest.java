package org.learncal.event;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learncal.support.Api;
import org.learncal.support.TestCatalog;
import org.learncal.support.TestEvents;

import java.net.URI;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Keyset paging: every match exactly once, in order, even when events are added between pages. */
@MicronautTest(transactional = false)
class EventPagingTest {
    @Inject
    TestCatalog catalog;
    @Inject
    Api api;
    String org;

    @BeforeEach
    void setUp() {
        org = catalog.newOrganizer();
    }

    /** Events with many equal start times, so that the id must break ties. */
    private List<Event> addEvents(int count, LocalDateTime first) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            events.add(add("event " + i, first.plusHours(i / 3)));
        }
        events.sort(Comparator.comparing((Event e) -> e.schedule().start()).thenComparing(e -> e.id().toString()));
        return events;
    }

    private Event add(String title, LocalDateTime start) {
        Event base = TestEvents.online(title, start, "Europe/Paris");
        return catalog.insert(TestEvents.with(base, List.of(org), "fr", "benguerir", List.of("literacy"), null,
                Cost.FREE));
    }

    private List<UUID> walk(String firstPage, Runnable betweenPages) {
        List<UUID> seen = new ArrayList<>();
        EventPage page = api.get(firstPage, EventPage.class);
        while (true) {
            page.items().forEach(event -> seen.add(event.id()));
            if (page.next() == null) {
                assertNull(page.links().next());
                return seen;
            }
            assertEquals(firstPage + "&cursor=" + page.next(),
                    URI.create(page.links().next()).getRawPath() + "?" + URI.create(page.links().next()).getRawQuery());
            betweenPages.run();
            page = api.get(page.links().next().replace("https://learncal.test", ""), EventPage.class);
        }
    }

    @Test
    void walkingAllPagesYieldsEveryMatchOnceInOrder() {
        List<Event> events = addEvents(25, LocalDateTime.of(2027, 5, 1, 9, 0));
        List<UUID> seen = walk("/api/events?organizer=" + org + "&limit=4", () -> { });
        assertEquals(events.stream().map(Event::id).toList(), seen);
    }

    @Test
    void eventsAddedBetweenPagesNeitherDuplicateNorHideOthers() {
        List<Event> events = addEvents(12, LocalDateTime.of(2027, 6, 1, 9, 0));
        List<Event> added = new ArrayList<>();
        List<UUID> seen = walk("/api/events?organizer=" + org + "&limit=5", () -> {
            added.add(add("earlier", LocalDateTime.of(2027, 5, 31, 9, 0)));
            added.add(add("later", LocalDateTime.of(2027, 7, 1, 9, 0)));
        });
        List<UUID> expected = new ArrayList<>(events.stream().map(Event::id).toList());
        added.stream().filter(e -> e.title().equals("later")).sorted(Comparator.comparing(e -> e.id().toString()))
                .forEach(e -> expected.add(e.id()));
        assertEquals(expected, seen);
    }

    @Test
    void lastPageHasNoNextCursor() {
        addEvents(3, LocalDateTime.of(2027, 8, 1, 9, 0));
        EventPage page = api.events("organizer=" + org + "&limit=3");
        assertEquals(3, page.items().size());
        assertNull(page.next());
    }

    @Test
    void cursorKeepsTheFirstPagesNotEndedYetBoundary() {
        addEvents(4, LocalDateTime.of(2027, 9, 1, 9, 0));
        EventPage first = api.events("organizer=" + org + "&limit=2");
        EventPage second = api.events("organizer=" + org + "&limit=2&cursor=" + first.next());
        assertEquals(2, second.items().size());
        assertEquals("https://learncal.test/calendar.ics?organizer=" + org, second.links().ics());
        assertEquals("webcal://learncal.test/calendar.ics?organizer=" + org, second.links().webcal());
    }
}
