package org.learncal.importer;

import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RecurrenceId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the VEVENTs of a file into occurrences: single events as they are; a recurring series (RRULE, RDATE,
 * less EXDATE) as its occurrences within the window, each replaced by its RECURRENCE-ID override if any.
 */
final class Occurrences {
    /** A daily series has about 400 occurrences in the window; more than that is not an event series. */
    static final int MAX_OCCURRENCES = 400;
    private static final java.util.regex.Pattern TOO_FREQUENT =
            java.util.regex.Pattern.compile("FREQ=(SECONDLY|MINUTELY|HOURLY)", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Occurrences() {
    }

    /**
     * Collects occurrences; a component without UID or DTSTART, or with a TZID of no zone, goes to
     * {@code rejected} instead.
     */
    static List<Occurrence> of(CalendarFile file, Instant from, Instant to, FileZones zones,
                               List<ImportReport.Rejection> rejected) {
        ZoneId fallback = zones.floatingZone();
        Map<String, List<Integer>> byUid = new LinkedHashMap<>();
        List<VEvent> components = file.calendar().getComponents("VEVENT");
        for (int index = 0; index < components.size(); index++) {
            VEvent component = components.get(index);
            String uid = component.getProperty("UID").map(p -> p.getValue().strip()).orElse("");
            if (uid.isEmpty() || uid.length() > 1000) {
                rejected.add(new ImportReport.Rejection(null, file.lineOf(index), "has no UID (or one over 1000 characters)"));
            } else if (component.getProperty("DTSTART").isEmpty()) {
                rejected.add(new ImportReport.Rejection(uid, file.lineOf(index), "has no DTSTART"));
            } else if (zones.problem(component) != null) {
                rejected.add(new ImportReport.Rejection(uid, file.lineOf(index), zones.problem(component)));
            } else {
                byUid.computeIfAbsent(uid, k -> new ArrayList<>()).add(index);
            }
        }
        List<Occurrence> occurrences = new ArrayList<>();
        byUid.forEach((uid, indexes) -> {
            try {
                occurrences.addAll(ofUid(file, uid, indexes, from, to, fallback, rejected));
            } catch (RuntimeException e) {
                rejected.add(new ImportReport.Rejection(uid, file.lineOf(indexes.get(0)),
                        "cannot be read as a series: " + e.getMessage()));
            }
        });
        return occurrences;
    }

    private static List<Occurrence> ofUid(CalendarFile file, String uid, List<Integer> indexes, Instant from,
                                          Instant to, ZoneId fallback, List<ImportReport.Rejection> rejected) {
        List<VEvent> components = file.calendar().getComponents("VEVENT");
        Map<String, Integer> overrides = new LinkedHashMap<>();
        Integer master = null;
        for (int index : indexes) {
            RecurrenceId<Temporal> id = components.get(index).getRecurrenceId();
            if (id != null) {
                overrides.put(key(id.getDate(), fallback), index);
            } else if (master == null) {
                master = index;
            } else {
                rejected.add(new ImportReport.Rejection(uid, file.lineOf(index), "repeats a UID of this file"));
            }
        }
        List<Occurrence> occurrences = new ArrayList<>();
        if (master != null && isSeries(components.get(master))) {
            VEvent series = components.get(master);
            String rule = series.getProperty("RRULE").map(p -> p.getValue()).orElse("");
            if (TOO_FREQUENT.matcher(rule).find()) {
                throw new IllegalArgumentException("it recurs more often than daily (" + rule + ")");
            }
            java.util.Set<Period<Temporal>> periods = series.calculateRecurrenceSet(window(series, from, to, fallback));
            if (periods.size() > MAX_OCCURRENCES) {
                throw new IllegalArgumentException("it has " + periods.size() + " occurrences in the window; at most "
                        + MAX_OCCURRENCES + " are imported");
            }
            for (Period<Temporal> period : periods) {
                String key = key(period.getStart(), fallback);
                Integer override = overrides.remove(key);
                occurrences.add(override == null
                        ? new Occurrence(uid, key, series, period.getStart(), period.getEnd(), file.lineOf(master))
                        : whole(uid, key, components.get(override), file.lineOf(override)));
            }
        } else if (master != null) {
            occurrences.add(whole(uid, "", components.get(master), file.lineOf(master)));
        }
        boolean standalone = master == null;
        overrides.forEach((key, index) -> {
            Occurrence moved = whole(uid, key, components.get(index), file.lineOf(index));
            Instant start = Times.instant(moved.start(), fallback);
            if (standalone || start.isAfter(from) && start.isBefore(to)) {
                occurrences.add(moved);
            }
        });
        return occurrences;
    }

    private static boolean isSeries(VEvent component) {
        return component.getProperty("RRULE").isPresent() || component.getProperty("RDATE").isPresent();
    }

    private static Occurrence whole(String uid, String key, VEvent component, Integer line) {
        Temporal start = component.<Temporal>getDateTimeStart().getDate();
        Temporal end = component.<Temporal>getEndDate(true).map(DateProperty::getDate).orElse(null);
        if (end == null && start instanceof LocalDate day) {
            end = day.plusDays(1);
        }
        return new Occurrence(uid, key, component, start, end, line);
    }

    /** The window as a period of the same kind of time as the series' DTSTART, as ical4j expects. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Period<Temporal> window(VEvent series, Instant from, Instant to, ZoneId fallback) {
        Temporal start = series.<Temporal>getDateTimeStart().getDate();
        if (start instanceof ZonedDateTime zoned) {
            return new Period(from.atZone(zoned.getZone()), to.atZone(zoned.getZone()));
        } else if (start instanceof OffsetDateTime) {
            return new Period(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC));
        } else if (start instanceof LocalDate) {
            return new Period(LocalDate.ofInstant(from, fallback), LocalDate.ofInstant(to, fallback));
        } else if (start instanceof LocalDateTime) {
            return new Period(LocalDateTime.ofInstant(from, fallback), LocalDateTime.ofInstant(to, fallback));
        }
        return new Period(from, to);
    }

    /** The RECURRENCE-ID of an occurrence: its date for all-day series, else its start in UTC. */
    static String key(Temporal start, ZoneId fallback) {
        return start instanceof LocalDate day ? day.format(DateTimeFormatter.BASIC_ISO_DATE)
                : UTC.format(Times.instant(start, fallback));
    }
}
