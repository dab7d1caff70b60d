package org.learncal.feed;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.event.Event;
import org.learncal.support.FeedClient;
import org.learncal.support.IcsChecks;
import org.learncal.support.TestCatalog;
import org.learncal.support.TestEvents;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An organizer's feed holds exactly its events, and names the organizer by e-mail when it has one. */
@MicronautTest(transactional = false)
class OrganizerFeedTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TestCatalog catalog;

    @Test
    void organizerFeedHoldsItsEventsInStartOrderWithMailtoOrganizer() {
        String organizer = catalog.newOrganizer();
        Event later = catalog.insert(organizedBy(organizer,
                TestEvents.online("Second", LocalDateTime.of(2027, 2, 2, 10, 0), "Europe/Paris")));
        Event earlier = catalog.insert(organizedBy(organizer,
                TestEvents.online("First", LocalDateTime.of(2027, 2, 1, 10, 0), "Europe/Paris")));
        ICalendar calendar = IcsChecks.parse(FeedClient.body(client, "/calendar/organizers/" + organizer + ".ics"));
        assertEquals("LearnCal: Test organizer " + organizer, calendar.getNames().get(0).getValue());
        assertEquals(List.of(earlier.id() + "@learncal.org", later.id() + "@learncal.org"),
                calendar.getEvents().stream().map(event -> event.getUid().getValue()).toList());
        VEvent first = calendar.getEvents().get(0);
        assertEquals("Test organizer " + organizer, first.getOrganizer().getCommonName());
        assertEquals("events@example.org", first.getOrganizer().getEmail());
        List<String> lines = IcsChecks.unfoldedLines(FeedClient.body(client, "/calendar/events/" + earlier.id()
                + ".ics"));
        assertEquals(List.of("ORGANIZER;CN=Test organizer " + organizer + ":mailto:events@example.org"),
                lines.stream().filter(line -> line.startsWith("ORGANIZER")).toList());
    }

    private static Event organizedBy(String organizer, Event event) {
        return TestEvents.with(event, List.of(organizer), event.language(), event.citySlug(), event.topicSlugs(),
                event.networkSlug(), event.cost());
    }
}
