package org.learncal.event;

import org.junit.jupiter.api.Test;
import org.learncal.problem.Problem;
import org.learncal.problem.ProblemException;
import org.learncal.support.TestEvents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The Event type guards its invariants and its transitions. */
class EventTest {
    static final Instant LATER = Instant.parse("2026-11-01T08:00:00Z");

    private final Event event = TestEvents.online("Atelier", LocalDateTime.of(2027, 3, 1, 10, 0), "Europe/Paris");

    @Test
    void cancellingKeepsTheIdAndBumpsTheSequence() {
        Event cancelled = event.cancel("Salle indisponible", LATER);
        assertEquals(event.id(), cancelled.id());
        assertEquals(EventStatus.CANCELLED, cancelled.status());
        assertEquals("Salle indisponible", cancelled.statusReason());
        assertEquals(1, cancelled.sequence());
        assertEquals(LATER, cancelled.updatedAt());
        assertEquals(event.createdAt(), cancelled.createdAt());
    }

    @Test
    void postponingThenReschedulingBumpsTheSequenceEachTime() {
        Schedule newDate = Schedule.timed(LocalDateTime.of(2027, 4, 1, 10, 0), LocalDateTime.of(2027, 4, 1, 12, 0),
                ZoneId.of("Europe/Paris"));
        Event moved = event.postpone("Nouvelle date à venir", LATER).reschedule(newDate, LATER.plusSeconds(60));
        assertEquals(2, moved.sequence());
        assertEquals(EventStatus.SCHEDULED, moved.status());
        assertEquals(Instant.parse("2027-04-01T08:00:00Z"), moved.schedule().start());
    }

    @Test
    void endMustFollowStart() {
        assertThrows(IllegalArgumentException.class, () -> new Schedule(ZoneId.of("UTC"), false,
                Instant.parse("2027-01-01T10:00:00Z"), Instant.parse("2027-01-01T10:00:00Z")));
    }

    @Test
    void allDayEventCoversWholeDaysInItsZone() {
        Schedule days = Schedule.allDay(LocalDate.of(2021, 1, 22), LocalDate.of(2021, 1, 23),
                ZoneId.of("Africa/Casablanca"));
        assertEquals(Instant.parse("2021-01-21T23:00:00Z"), days.start());
        assertEquals(Instant.parse("2021-01-23T23:00:00Z"), days.end());
        assertEquals(LocalDate.of(2021, 1, 23), days.lastDay());
    }

    @Test
    void onlineEventWithoutJoinLinkOrOrganizerIsRefusedNamingBoth() {
        ProblemException problem = assertThrows(ProblemException.class, () -> new Event(event.id(), event.slug(),
                " ", "", "fr", event.schedule(), EventFormat.HYBRID, null, null, null, null, List.of(), null,
                List.of(), List.of(), Cost.FREE, null, List.of(), EventStatus.SCHEDULED, null, 0, LATER, LATER,
                Report.NONE));
        assertEquals(List.of(new Problem.InputError("title", "must not be blank"),
                new Problem.InputError("organizers", "an event needs at least one organizer"),
                new Problem.InputError("joinUrl", "an online or hybrid event needs a join URL"),
                new Problem.InputError("venue", "an event held in person needs a venue or a city")),
                problem.problem().errors());
    }

    @Test
    void reportedEventMayLackItsJoinLink() {
        Event reported = new Event(event.id(), event.slug(), "Webinaire", "", "fr", event.schedule(),
                EventFormat.ONLINE, null, "benguerir", null, null, List.of("um6p"), "gnlc", List.of(), List.of(),
                Cost.UNKNOWN, null, List.of(), EventStatus.SCHEDULED, null, 0, LATER, LATER,
                new Report(null, "PanoraPost, 25 January 2021"));
        assertEquals(null, reported.joinUrl());
    }
}
