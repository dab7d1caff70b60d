package org.learncal.feed;

import biweekly.ICalendar;
import biweekly.component.VEvent;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.event.Event;
import org.learncal.event.EventStore;
import org.learncal.support.FeedClient;
import org.learncal.support.IcsChecks;
import org.learncal.support.TestEvents;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Times across zone changes land on the right instants, and text in any script survives folding. */
@MicronautTest(transactional = false)
class EventFeedTimesAndTextTest {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EventStore store;

    @Test
    void parisEventsAcrossTheDaylightSavingChangeKeepTheirLocalHour() {
        Event before = TestEvents.online("Avant", LocalDateTime.of(2027, 3, 27, 10, 0), "Europe/Paris");
        Event after = TestEvents.online("Après", LocalDateTime.of(2027, 3, 29, 10, 0), "Europe/Paris");
        Event autumn = TestEvents.online("Automne", LocalDateTime.of(2027, 11, 2, 10, 0), "Europe/Paris");
        List.of(before, after, autumn).forEach(store::insert);
        assertEquals(Instant.parse("2027-03-27T09:00:00Z"), startOf(before));
        assertEquals(Instant.parse("2027-03-29T08:00:00Z"), startOf(after));
        assertEquals(Instant.parse("2027-11-02T09:00:00Z"), startOf(autumn));
        List<String> lines = IcsChecks.unfoldedLines(FeedClient.body(client, "/calendar/events/" + after.id()
                + ".ics"));
        assertTrue(lines.contains("DTSTART;TZID=Europe/Paris:20270329T100000"));
        assertTrue(lines.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"), lines.toString());
        assertTrue(lines.contains("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"));
    }

    @Test
    void casablancaEventsAcrossRamadanTimeChangeAreAtTheRightInstants() {
        Event before = TestEvents.online("Avant Ramadan", LocalDateTime.of(2027, 2, 1, 10, 0), "Africa/Casablanca");
        Event during = TestEvents.online("Pendant", LocalDateTime.of(2027, 2, 20, 10, 0), "Africa/Casablanca");
        Event after = TestEvents.online("Après", LocalDateTime.of(2027, 3, 20, 10, 0), "Africa/Casablanca");
        List.of(before, during, after).forEach(store::insert);
        assertEquals(Instant.parse("2027-02-01T09:00:00Z"), startOf(before));
        assertEquals(Instant.parse("2027-02-20T10:00:00Z"), startOf(during));
        assertEquals(Instant.parse("2027-03-20T09:00:00Z"), startOf(after));
    }

    @Test
    void frenchArabicAndJapaneseTextIsFoldedAt75OctetsAndIntact() {
        String french = "Journée d'étude « Éducation, citoyenneté ; écologie » à Fès — pédagogie, évaluation, "
                + "réussite éducative, égalité des chances et accès à l'école numérique pour toutes et tous";
        String arabic = "ندوة حول التعلم مدى الحياة في المدن المتعلمة، مع التركيز على محو الأمية والتعليم الرقمي";
        String japanese = "学習都市における生涯学習と識字教育についての国際ウェビナー、オンライン参加と録画あり。";
        String emoji = "Atelier 📚🌍✏️ " + "x".repeat(50) + "🎓";
        Event event = TestEvents.withText(TestEvents.online("t", LocalDateTime.of(2027, 4, 10, 9, 0),
                "Asia/Tokyo"), japanese, french + "\n" + arabic + "\n" + emoji + "\\ fin", "ja");
        store.insert(event);
        VEvent parsed = single(IcsChecks.parse(FeedClient.body(client, "/calendar/events/" + event.id() + ".ics")));
        assertEquals(japanese, parsed.getSummary().getValue());
        assertTrue(parsed.getDescription().getValue().startsWith(french + "\n" + arabic + "\n" + emoji + "\\ fin\n"),
                parsed.getDescription().getValue());
        assertEquals("ja", parsed.getSummary().getLanguage());
    }

    private Instant startOf(Event event) {
        byte[] bytes = FeedClient.body(client, "/calendar/events/" + event.id() + ".ics");
        return single(IcsChecks.parse(bytes)).getDateStart().getValue().toInstant();
    }

    private static VEvent single(ICalendar calendar) {
        assertEquals(1, calendar.getEvents().size());
        return calendar.getEvents().get(0);
    }
}
