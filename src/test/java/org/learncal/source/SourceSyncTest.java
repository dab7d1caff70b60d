package org.learncal.source;

import org.learncal.support.CalendarServer;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.support.CalendarServer.fixture;

/**
 * A Google Calendar export mirrored run after run: events added, moved, cancelled, gone and back. The breaker
 * is set to 50% here so that one event of three may disappear (CircuitBreakerTest covers the default).
 */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
@Property(name = "learncal.sources.max-cancel-share", value = "0.5")
class SourceSyncTest extends MirroredCalendarTest {
    static final String ATELIER = "9z8y7x6w5v4u3t2s1r0qatelier@google.com";
    static final String GOOGLE = fixture("google.ics");

    @Override
    void prepare() {
        server.serve(GOOGLE, "\"v1\"");
        calls.refresh(publisher, id);
    }

    @Test
    void theFirstRunAddsEveryEventWithWhereItCameFrom() {
        assertEquals(List.of("Webinaire : apprendre à l'ère numérique|scheduled|null|0",
                "Atelier d'écriture|scheduled|null|0", "Festival des savoirs partagés|scheduled|null|0"),
                calls.summary(publisher.organizer()));
        Map<String, Object> atelier = calls.events(publisher.organizer()).get(1);
        assertEquals(Map.of("id", id, "url", server.url("/calendar/ical/nantes/public/basic.ics"), "uid", ATELIER,
                "lastFetched", "2026-12-01T00:00:00Z"), atelier.get("source"));
        assertEquals(Map.of("created", 3, "updated", 0, "cancelled", 0, "removed", 0, "rejected", List.of()),
                counts(calls.source(publisher, id)));
    }

    @Test
    void historyNamesTheSourceRunAsTheAuthor() {
        Object event = calls.events(publisher.organizer()).get(0).get("id");
        assertEquals(List.of("source " + id + " run 1|created"), calls.history(publisher, event).stream()
                .map(entry -> entry.get("token") + "|" + entry.get("action")).toList());
    }

    @Test
    void aMovedEventIsUpdatedWithItsSequenceUp() {
        publish(GOOGLE.replace("DTSTART;TZID=Europe/Paris:20270119T140000", "DTSTART;TZID=Europe/Paris:20270119T150000")
                .replace("DTEND;TZID=Europe/Paris:20270119T160000", "DTEND;TZID=Europe/Paris:20270119T170000"));
        Map<String, Object> atelier = calls.events(publisher.organizer()).get(1);
        assertEquals(List.of("2027-01-19T14:00:00Z", 1), List.of(atelier.get("start"), atelier.get("sequence")));
        assertEquals(1, lastRun().get("updated"));
    }

    @Test
    void anEventCancelledInTheCalendarIsCancelled() {
        publish(GOOGLE.replace("SEQUENCE:0\r\nSTATUS:CONFIRMED\r\nSUMMARY:Atelier",
                "SEQUENCE:1\r\nSTATUS:CANCELLED\r\nSUMMARY:Atelier"));
        assertEquals("Atelier d'écriture|cancelled|null|1", calls.summary(publisher.organizer()).get(1));
    }

    @Test
    void anEventGoneFromTheCalendarIsCancelledAsRemovedAtSource() {
        publish(without(GOOGLE, ATELIER));
        assertEquals("Atelier d'écriture|cancelled|removed at source|1", calls.summary(publisher.organizer()).get(1));
        assertEquals(List.of(1, 1), List.of(lastRun().get("cancelled"), lastRun().get("removed")));
    }

    @Test
    void anEventThatComesBackIsRestored() {
        publish(without(GOOGLE, ATELIER));
        publish(GOOGLE + "\r\n");
        assertEquals("Atelier d'écriture|scheduled|null|2", calls.summary(publisher.organizer()).get(1));
    }

    @Test
    void noRunDuplicatesAnEvent() {
        publish(GOOGLE.replace("DTSTAMP:20261130T101500Z", "DTSTAMP:20261201T000000Z"));
        assertEquals(3, calls.events(publisher.organizer()).size());
        assertEquals(Map.of("created", 0, "updated", 0, "cancelled", 0, "removed", 0, "rejected", List.of()),
                counts(calls.source(publisher, id)));
    }

    private void publish(String calendar) {
        server.serve(calendar, "\"v" + calendar.hashCode() + "\"");
        Map<String, Object> source = calls.refresh(publisher, id);
        assertEquals("ok", SourceCalls.health(source).get("lastOutcome"), () -> source.toString());
    }

    private Map<String, Object> lastRun() {
        return SourceCalls.lastRun(calls.source(publisher, id));
    }

    private static Map<String, Object> counts(Map<String, Object> source) {
        Map<String, Object> run = SourceCalls.lastRun(source);
        return Map.of("created", run.get("created"), "updated", run.get("updated"), "cancelled",
                run.get("cancelled"), "removed", run.get("removed"), "rejected", run.get("rejected"));
    }

    /** The calendar without the event of this UID, as the product exports it once the event is deleted. */
    static String without(String calendar, String uid) {
        return calendar.replaceAll("(?s)BEGIN:VEVENT\r\n(?:(?!END:VEVENT).)*?UID:" + java.util.regex.Pattern.quote(uid)
                + "\r\n.*?END:VEVENT\r\n", "");
    }
}
