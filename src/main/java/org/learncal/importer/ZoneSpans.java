package org.learncal.importer;

import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The years the events of a file cover, per TZID, read from the written values (iCal4j is not asked to
 * place them in a zone yet): a single event its own years, a series the years of the import window it
 * reaches. A VTIMEZONE must behave like an IANA zone over those years to be called by its name.
 */
final class ZoneSpans {
    /** A range of years, both included. */
    record Years(int first, int last) {
        Years with(int year) {
            return new Years(Math.min(first, year), Math.max(last, year));
        }
    }

    private static final Set<String> DATED = Set.of("DTSTART", "DTEND", "RECURRENCE-ID", "RDATE", "EXDATE");

    private final Map<String, Years> years = new LinkedHashMap<>();
    private boolean localTimes;
    private boolean datesOrUtc;

    static ZoneSpans of(CalendarFile file, Instant from, Instant to) {
        ZoneSpans spans = new ZoneSpans();
        int windowFirst = from.atZone(ZoneOffset.UTC).getYear();
        int windowLast = to.atZone(ZoneOffset.UTC).getYear();
        for (VEvent component : file.calendar().<VEvent>getComponents("VEVENT")) {
            boolean series = component.getProperty("RRULE").isPresent() || component.getProperty("RDATE").isPresent();
            for (Property property : component.getProperties()) {
                if (!DATED.contains(property.getName().toUpperCase(java.util.Locale.ROOT))) {
                    continue;
                }
                Optional<Parameter> tzid = property.getParameter("TZID");
                if (tzid.isEmpty()) {
                    spans.noteFloating(property);
                    continue;
                }
                for (String value : written(property).split(",")) {
                    int year = year(value, windowFirst);
                    spans.add(tzid.get().getValue(), series ? Math.max(year, windowFirst) : year);
                }
                if (series) {
                    spans.add(tzid.get().getValue(), windowLast);
                }
            }
        }
        return spans;
    }

    /** Notes a DTSTART without TZID: a local time, or a date or UTC time (placed in the floating zone too). */
    private void noteFloating(Property property) {
        if (!property.getName().equalsIgnoreCase("DTSTART")) {
            return;
        }
        String value = written(property).strip();
        if (value.contains("T") && !value.endsWith("Z")) {
            localTimes = true;
        } else {
            datesOrUtc = true;
        }
    }

    /** The value as written; iCal4j reads it in its zone first, and one it cannot read adds no year. */
    private static String written(Property property) {
        try {
            return property.getValue();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private void add(String tzid, int year) {
        years.merge(tzid, new Years(year, year), (a, b) -> a.with(b.first()));
    }

    private static int year(String value, int otherwise) {
        String digits = value.strip();
        return digits.length() >= 4 && digits.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.parseInt(digits.substring(0, 4)) : otherwise;
    }

    Set<String> tzids() {
        return years.keySet();
    }

    Years of(String tzid) {
        return years.get(tzid);
    }

    /** Whether some event starts at a local time without TZID: the times X-WR-TIMEZONE places. */
    boolean hasLocalTimes() {
        return localTimes;
    }

    /** Whether some event starts at a date or a UTC time without TZID, labelled with the floating zone. */
    boolean hasDatesOrUtc() {
        return datesOrUtc;
    }
}
