package org.learncal.web;

import org.learncal.event.Schedule;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * When an event happens, as a reader of one language reads it, in the event's own zone. {@code datetime} is
 * the machine-readable start for {@code <time datetime>}: a date alone for all-day events, else with offset.
 * {@code start}/{@code end} are the UTC instants that the reader's-zone script converts (empty when all-day).
 * {@code zoneGivenBySource}: the zone is only the UTC offset a source's own VTIMEZONE gave (no IANA zone matched).
 */
public record When(String text, String datetime, boolean allDay, String zone, String start, String end,
                   boolean zoneGivenBySource) {

    public static When of(Schedule schedule, Locale locale) {
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        if (schedule.allDay()) {
            LocalDate first = schedule.firstDay();
            LocalDate last = schedule.lastDay();
            String text = first.equals(last) ? day.format(first) : day.format(first) + " – " + day.format(last);
            return new When(text, first.toString(), true, schedule.zone().getId(), "", "",
                    schedule.zoneGivenBySource());
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        ZonedDateTime start = schedule.localStart();
        ZonedDateTime end = schedule.localEnd();
        String range = start.toLocalDate().equals(end.toLocalDate())
                ? day.format(start) + ", " + time.format(start) + " – " + time.format(end)
                : day.format(start) + ", " + time.format(start) + " – " + day.format(end) + ", " + time.format(end);
        String zone = schedule.zoneGivenBySource() ? utcOffset(start.getOffset())
                : schedule.zone().getId() + " (" + utcOffset(start.getOffset()) + ")";
        return new When(range + " · " + zone, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(start), false, zone,
                schedule.start().toString(), schedule.end().toString(), schedule.zoneGivenBySource());
    }

    private static String utcOffset(ZoneOffset offset) {
        return offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
    }
}
