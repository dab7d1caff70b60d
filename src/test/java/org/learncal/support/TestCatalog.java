package org.learncal.support;

import jakarta.inject.Singleton;
import org.learncal.event.Cost;
import org.learncal.event.Event;
import org.learncal.event.EventStore;
import org.learncal.reference.Organizer;
import org.learncal.reference.OrganizerKind;
import org.learncal.reference.OrganizerStore;
import org.learncal.startup.StartupTasks;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * Writes test data through the application's own stores. Each test makes its own organizer, so that
 * filtering by it isolates the test's events from seed data and from other tests sharing the database.
 * The start-up work left to the background has ended by the time a test gets it.
 */
@Singleton
public class TestCatalog {
    private final OrganizerStore organizers;
    private final EventStore events;

    public TestCatalog(OrganizerStore organizers, EventStore events, StartupTasks startup) {
        this.organizers = organizers;
        this.events = events;
        startup.settled();
    }

    /** A new organizer in Benguerir, with a unique slug. */
    public String newOrganizer() {
        String slug = "test-org-" + UUID.randomUUID().toString().substring(0, 8);
        organizers.save(new Organizer(slug, "Test organizer " + slug, OrganizerKind.NGO,
                "https://example.org/" + slug, "events@example.org", "benguerir"));
        return slug;
    }

    public Event insert(Event event) {
        events.insert(event);
        return event;
    }

    /**
     * {@code count} online events of {@code organizer} in French on literacy, titled {@code title} and their
     * number, on the days from {@code first}, inserted in that order; answers their ids.
     */
    public List<UUID> insertDaily(String organizer, String title, LocalDateTime first, int count) {
        return IntStream.range(0, count).mapToObj(day -> insert(TestEvents.with(TestEvents.online(title + " " + day,
                first.plusDays(day), "Europe/Paris"), List.of(organizer), "fr", "benguerir", List.of("literacy"),
                null, Cost.FREE)).id()).toList();
    }
}
