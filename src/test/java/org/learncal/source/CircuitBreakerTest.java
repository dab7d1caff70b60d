package org.learncal.source;

import org.learncal.support.CalendarServer;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.support.CalendarServer.fixture;
import static org.learncal.support.Tokens.as;

/** A run that would cancel too much is held, cancels nothing, and goes through once a moderator confirms. */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class CircuitBreakerTest extends MirroredCalendarTest {
    static final String GOOGLE = fixture("google.ics");
    static final String EMPTY = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
            + "PRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nEND:VCALENDAR\r\n";
    static final List<String> ALL_SCHEDULED = List.of("Webinaire : apprendre à l'ère numérique|scheduled|null|0",
            "Atelier d'écriture|scheduled|null|0", "Festival des savoirs partagés|scheduled|null|0");

    @Override
    void prepare() {
        server.serve(GOOGLE, "\"v1\"");
        calls.refresh(publisher, id);
    }

    @Test
    void aRunCancellingMoreThanAFifthIsHeldAndCancelsNothing() {
        server.serve(SourceSyncTest.without(GOOGLE, SourceSyncTest.ATELIER), "\"v2\"");
        Map<String, Object> source = calls.refresh(publisher, id);
        assertEquals(List.of("held", "the run would cancel 1 of 3 live events (more than 20%); confirm to apply it"),
                List.of(source.get("state"), source.get("stateReason")));
        assertEquals(ALL_SCHEDULED, calls.summary(publisher.organizer()));
    }

    @Test
    void anEmptyCalendarWhereEventsWereIsHeld() {
        server.serve(EMPTY, "\"empty\"");
        Map<String, Object> source = calls.refresh(publisher, id);
        assertEquals(List.of("held", "the calendar came back empty where 3 live events were; confirm to cancel them"),
                List.of(source.get("state"), source.get("stateReason")));
        assertEquals(ALL_SCHEDULED, calls.summary(publisher.organizer()));
    }

    @Test
    void aModeratorsConfirmationAppliesTheHeldRun() {
        server.serve(SourceSyncTest.without(GOOGLE, SourceSyncTest.ATELIER), "\"v2\"");
        calls.refresh(publisher, id);
        Map<String, Object> source = calls.client().retrieve(as(publisher.networkToken(),
                HttpRequest.POST("/api/sources/" + id + "/confirm", "")), Map.class);
        assertEquals(List.of("active", "ok"), List.of(source.get("state"),
                ((Map<?, ?>) source.get("health")).get("lastOutcome")));
        assertEquals("Atelier d'écriture|cancelled|removed at source|1", calls.summary(publisher.organizer()).get(1));
    }

    @Test
    void aModeratorsConfirmationOfAnEmptyCalendarCancelsItsEvents() {
        server.serve(EMPTY, "\"empty\"");
        calls.refresh(publisher, id);
        Map<String, Object> source = calls.client().retrieve(as(publisher.networkToken(),
                HttpRequest.POST("/api/sources/" + id + "/confirm", "")), Map.class);
        assertEquals(List.of("active", "ok"), List.of(source.get("state"),
                ((Map<?, ?>) source.get("health")).get("lastOutcome")));
        assertEquals(List.of("Webinaire : apprendre à l'ère numérique|cancelled|removed at source|1",
                "Atelier d'écriture|cancelled|removed at source|1",
                "Festival des savoirs partagés|cancelled|removed at source|1"),
                calls.summary(publisher.organizer()));
    }

    @Test
    void anOrganizerCannotConfirmItsOwnHeldRun() {
        server.serve(SourceSyncTest.without(GOOGLE, SourceSyncTest.ATELIER), "\"v2\"");
        calls.refresh(publisher, id);
        assertEquals(403, new org.learncal.support.Api(calls.client()).problem(as(publisher.organizerToken(),
                HttpRequest.POST("/api/sources/" + id + "/confirm", "")), 403).status());
    }
}
