package org.learncal.support;

import org.learncal.event.Audience;
import org.learncal.event.Cost;
import org.learncal.event.Event;
import org.learncal.event.EventFormat;
import org.learncal.event.EventStatus;
import org.learncal.event.Schedule;
import org.learncal.event.Report;
import org.learncal.event.Venue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * Events for tests, built from sensible defaults that refer to seed data (organizer {@code um6p}, city
 * {@code benguerir}, network {@code gnlc}, topic {@code literacy}); each call gets a fresh id and slug.
 */
public final class TestEvents {
    public static final Instant CREATED = Instant.parse("2026-01-10T09:00:00Z");

    private TestEvents() {
    }

    /** An online event from {@code start} for two hours, local to {@code zone}. */
    public static Event online(String title, LocalDateTime start, String zone) {
        return event(title, Schedule.timed(start, start.plusHours(2), ZoneId.of(zone)), EventFormat.ONLINE);
    }

    public static Event inPerson(String title, LocalDateTime start, String zone) {
        return event(title, Schedule.timed(start, start.plusHours(2), ZoneId.of(zone)), EventFormat.IN_PERSON);
    }

    /** The same event with other organizers, language, city, topics, network and cost. */
    public static Event with(Event e, List<String> organizers, String language, String city, List<String> topics,
                             String network, Cost cost) {
        return new Event(e.id(), e.slug(), e.title(), e.description(), language, e.schedule(), e.format(), e.venue(),
                city, e.joinUrl(), e.registrationUrl(), organizers, network, topics, e.audience(), cost,
                e.recording(), e.accessibility(), e.status(), e.statusReason(), e.sequence(), e.createdAt(),
                e.updatedAt(), e.report());
    }

    public static Event event(String title, Schedule schedule, EventFormat format) {
        UUID id = UUID.randomUUID();
        Venue venue = format == EventFormat.ONLINE ? null
                : new Venue("UM6P Campus", "Lot 660, Hay Moulay Rachid, Benguerir", 32.2196, -7.9363);
        String joinUrl = format == EventFormat.IN_PERSON ? null : "https://meet.example.org/" + id;
        return new Event(id, "test-" + id, title, "Description of " + title, "fr", schedule, format, venue,
                "benguerir", joinUrl, "https://example.org/register/" + id, List.of("um6p"), "gnlc",
                List.of("literacy"), List.of(Audience.TEACHERS), Cost.FREE, true, List.of("captions"),
                EventStatus.SCHEDULED, null, 0, CREATED, CREATED, Report.NONE);
    }

    /** The same event at another venue, in another city. */
    public static Event at(Event e, Venue venue, String city) {
        return new Event(e.id(), e.slug(), e.title(), e.description(), e.language(), e.schedule(), e.format(), venue,
                city, e.joinUrl(), e.registrationUrl(), e.organizerSlugs(), e.networkSlug(), e.topicSlugs(),
                e.audience(), e.cost(), e.recording(), e.accessibility(), e.status(), e.statusReason(), e.sequence(),
                e.createdAt(), e.updatedAt(), e.report());
    }

    /** The same event with another title, description and language, as if it had been entered so. */
    public static Event withText(Event event, String title, String description, String language) {
        return new Event(event.id(), event.slug(), title, description, language, event.schedule(), event.format(),
                event.venue(), event.citySlug(), event.joinUrl(), event.registrationUrl(), event.organizerSlugs(),
                event.networkSlug(), event.topicSlugs(), event.audience(), event.cost(), event.recording(),
                event.accessibility(), event.status(), event.statusReason(), event.sequence(), event.createdAt(),
                event.updatedAt(), event.report());
    }
}
