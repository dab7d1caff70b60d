package org.learncal.feed;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Conference;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.event.Event;
import org.learncal.event.EventFormat;
import org.learncal.event.EventStore;
import org.learncal.event.EventWrites;
import org.learncal.event.Schedule;
import org.learncal.support.FeedClient;
import org.learncal.support.IcsChecks;
import org.learncal.support.TestEvents;
import org.learncal.token.Caller;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What one event looks like in its feed, property by property, read back by an independent parser. */
@MicronautTest(transactional = false)
class EventFeedContentTest {
    private static final String SEED_WEBINAR = "3f1c2a7e-5b8d-4c3e-9a6f-0d2b1e4c7a01";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EventStore store;
    @Inject
    EventWrites writes;

    @Test
    void seedWebinarIsADateOnlyEventInFrench() {
        byte[] bytes = FeedClient.body(client, "/calendar/events/" + SEED_WEBINAR + ".ics");
        VEvent event = single(IcsChecks.parse(bytes));
        assertEquals(SEED_WEBINAR + "@learncal.org", event.getUid().getValue());
        assertFalse(event.getDateStart().getValue().hasTime());
        List<String> lines = IcsChecks.unfoldedLines(bytes);
        assertTrue(lines.contains("DTSTART;VALUE=DATE:20210122"), lines.toString());
        assertTrue(lines.contains("DTEND;VALUE=DATE:20210123"));
        assertTrue(lines.contains("DTSTAMP:20210125T000000Z"));
        assertTrue(lines.contains("CREATED:20210125T000000Z"));
        assertTrue(lines.contains("LAST-MODIFIED:20210125T000000Z"));
        assertTrue(lines.contains("SEQUENCE:0"));
        assertTrue(lines.contains("STATUS:CONFIRMED"));
        // worded in the language of the text, as DESCRIPTION is
        assertTrue(lines.contains("LOCATION:En ligne"));
        assertFalse(lines.stream().anyMatch(line -> line.startsWith("BEGIN:VTIMEZONE")), "all-day needs no zone");
        assertEquals("L'apprentissage dans le contexte de la pandémie du Covid-19", event.getSummary().getValue());
        assertEquals("fr", event.getSummary().getLanguage());
        assertEquals("fr", event.getDescription().getLanguage());
        assertTrue(event.getDescription().getValue().startsWith("Webinaire organisé le vendredi 22 janvier 2021"));
        assertTrue(event.getDescription().getValue().endsWith(
                "\nDétails : https://learncal.test/events/" + SEED_WEBINAR));
        assertEquals("https://learncal.test/events/" + SEED_WEBINAR, event.getUrl().getValue());
        assertEquals("Université Mohammed VI Polytechnique", event.getOrganizer().getCommonName());
        assertEquals("https://um6p.ma", event.getOrganizer().getUri());
        assertEquals(List.of("Réponse à la pandémie de COVID-19", "Apprentissage numérique",
                "Apprentissage tout au long de la vie", "Alphabétisation"), event.getCategories().get(0).getValues());
        assertTrue(event.getProperties(Conference.class).isEmpty(), "the report gives no join link");
    }

    @Test
    void calendarPropertiesNameTheFeedAndItsRefresh() {
        ICalendar calendar = IcsChecks.parse(FeedClient.body(client, "/calendar/networks/gnlc.ics"));
        assertEquals("-//LearnCal//LearnCal Feeds 1.0//EN", calendar.getProductId().getValue());
        assertEquals("GREGORIAN", calendar.getCalendarScale().getValue());
        assertNull(calendar.getMethod());
        String name = "LearnCal: UNESCO Global Network of Learning Cities";
        assertEquals(name, calendar.getNames().get(0).getValue());
        assertEquals(name, calendar.getExperimentalProperty("X-WR-CALNAME").getValue());
        String description = calendar.getDescriptions().get(0).getValue();
        assertTrue(description.startsWith("Educational events of the UNESCO Global Network of Learning Cities, as "
                + "listed on LearnCal. International policy-oriented network"), description);
        assertEquals(description.replace(",", "\\,").replace(";", "\\;"),
                calendar.getExperimentalProperty("X-WR-CALDESC").getValue(), "biweekly leaves X- values escaped");
        assertEquals("PT1H", calendar.getRefreshInterval().getValue().toString());
        assertEquals("PT1H", calendar.getExperimentalProperty("X-PUBLISHED-TTL").getValue());
        assertEquals("https://learncal.test/calendar/networks/gnlc.ics", calendar.getSource().getValue());
    }

    @Test
    void onlineEventCarriesConferenceAndLinksInDescription() {
        Event event = TestEvents.online("Webinaire en ligne", LocalDateTime.of(2027, 5, 4, 14, 0), "Europe/Paris");
        store.insert(event);
        VEvent parsed = single(IcsChecks.parse(FeedClient.body(client, "/calendar/events/" + event.id() + ".ics")));
        Conference conference = parsed.getProperties(Conference.class).get(0);
        assertEquals("https://meet.example.org/" + event.id(), conference.getUri());
        assertEquals("Rejoindre en ligne", conference.getLabel());
        assertEquals("[AUDIO, VIDEO]", conference.getFeatures().toString());
        assertEquals("Description of Webinaire en ligne\n\nRejoindre : https://meet.example.org/" + event.id()
                + "\nInscription : https://example.org/register/" + event.id()
                + "\nDétails : https://learncal.test/events/" + event.id(), parsed.getDescription().getValue());
        assertEquals("En ligne", parsed.getLocation().getValue());
        assertEquals(Instant.parse("2027-05-04T12:00:00Z"), parsed.getDateStart().getValue().toInstant());
        assertEquals(Instant.parse("2027-05-04T14:00:00Z"), parsed.getDateEnd().getValue().toInstant());
        assertEquals(Instant.parse("2026-01-10T09:00:00Z"), parsed.getDateTimeStamp().getValue().toInstant());
    }

    @Test
    void inPersonEventHasPlaceAndPositionButNoConference() {
        Event event = TestEvents.inPerson("Atelier", LocalDateTime.of(2027, 6, 1, 9, 30), "Africa/Casablanca");
        store.insert(event);
        byte[] bytes = FeedClient.body(client, "/calendar/events/" + event.id() + ".ics");
        VEvent parsed = single(IcsChecks.parse(bytes));
        assertEquals("UM6P Campus, Lot 660, Hay Moulay Rachid, Benguerir", parsed.getLocation().getValue());
        assertEquals(32.2196, parsed.getGeo().getLatitude());
        assertEquals(-7.9363, parsed.getGeo().getLongitude());
        assertTrue(parsed.getProperties(Conference.class).isEmpty());
        List<String> lines = IcsChecks.unfoldedLines(bytes);
        assertTrue(lines.contains("LOCATION:UM6P Campus\\, Lot 660\\, Hay Moulay Rachid\\, Benguerir"));
        assertTrue(lines.contains("GEO:32.2196;-7.9363"));
        assertTrue(lines.contains("DTSTART;TZID=Africa/Casablanca:20270601T093000"));
    }

    @Test
    void rescheduledEventKeepsItsUidAndGetsAHigherSequence() {
        Event event = TestEvents.online("Déplacé", LocalDateTime.of(2027, 9, 1, 15, 0), "Europe/Paris");
        store.insert(event);
        VEvent first = single(IcsChecks.parse(FeedClient.body(client, "/calendar/events/" + event.id() + ".ics")));
        Instant changed = Instant.parse("2026-02-01T08:00:00Z");
        writes.replace(Caller.ADMIN, event, event.reschedule(Schedule.timed(LocalDateTime.of(2027, 9, 8, 15, 0),
                LocalDateTime.of(2027, 9, 8, 17, 0), ZoneId.of("Europe/Paris")), changed),
                "updated");
        VEvent second = single(IcsChecks.parse(FeedClient.body(client, "/calendar/events/" + event.id() + ".ics")));
        assertEquals(first.getUid().getValue(), second.getUid().getValue());
        assertEquals(0, first.getSequence().getValue());
        assertEquals(1, second.getSequence().getValue());
        assertEquals(Instant.parse("2027-09-08T13:00:00Z"), second.getDateStart().getValue().toInstant());
        assertEquals(changed, second.getDateTimeStamp().getValue().toInstant());
        assertEquals(changed, second.getLastModified().getValue().toInstant());
        assertEquals(TestEvents.CREATED, second.getCreated().getValue().toInstant());
    }

    @Test
    void cancelledEventStaysInFeedAsCancelled() {
        String token = "annulation" + System.nanoTime();
        Event event = TestEvents.event("Annulé " + token, Schedule.timed(
                LocalDateTime.of(2027, 10, 5, 9, 0), LocalDateTime.of(2027, 10, 5, 12, 0),
                ZoneId.of("Africa/Casablanca")), EventFormat.HYBRID);
        store.insert(event);
        writes.replace(Caller.ADMIN, event, event.cancel("Salle indisponible", Instant.parse("2026-03-01T10:00:00Z")),
                "cancelled");
        String search = "/calendar.ics?q=" + token;
        VEvent parsed = single(IcsChecks.parse(FeedClient.body(client, search)));
        assertEquals(event.id() + "@learncal.org", parsed.getUid().getValue());
        assertEquals("CANCELLED", parsed.getStatus().getValue());
        assertEquals(1, parsed.getSequence().getValue());
        assertTrue(parsed.getDescription().getValue().contains("\n\nANNULÉ : Salle indisponible\n"));
        assertEquals("UM6P Campus, Lot 660, Hay Moulay Rachid, Benguerir et en ligne",
                parsed.getLocation().getValue());
        List<String> uids = IcsChecks.parse(FeedClient.body(client, "/calendar/organizers/um6p.ics")).getEvents()
                .stream().map(vevent -> vevent.getUid().getValue()).toList();
        assertTrue(uids.contains(event.id() + "@learncal.org"), "cancelled event stays in the organizer feed");
    }

    private static VEvent single(ICalendar calendar) {
        assertEquals(1, calendar.getEvents().size());
        return calendar.getEvents().get(0);
    }
}
