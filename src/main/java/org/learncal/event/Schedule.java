package org.learncal.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * When an event happens, in the zone it was announced in. An all-day event is known only by its dates:
 * {@code start} and {@code end} are then the boundaries of those days in that zone, never an invented hour.
 */
public record Schedule(ZoneId zone, boolean allDay, Instant start, Instant end) {

    public Schedule {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start");
        }
    }

    public static Schedule timed(LocalDateTime start, LocalDateTime end, ZoneId zone) {
        return new Schedule(zone, false, start.atZone(zone).toInstant(), end.atZone(zone).toInstant());
    }

    /** An all-day event from {@code first} to {@code last}, both days included. */
    public static Schedule allDay(LocalDate first, LocalDate last, ZoneId zone) {
        return new Schedule(zone, true, first.atStartOfDay(zone).toInstant(),
                last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /**
     * Whether the zone is a bare UTC offset: only an import whose VTIMEZONE matched no IANA zone stores one
     * (the write API takes IANA names only), keeping the instants exactly as the source defined them.
     */
    public boolean zoneGivenBySource() {
        return zone instanceof ZoneOffset;
    }

    public ZonedDateTime localStart() {
        return start.atZone(zone);
    }

    public ZonedDateTime localEnd() {
        return end.atZone(zone);
    }

    public LocalDate firstDay() {
        return localStart().toLocalDate();
    }

    /** The last day an all-day event covers (inclusive). */
    public LocalDate lastDay() {
        return localEnd().toLocalDate().minusDays(allDay ? 1 : 0);
    }
}
