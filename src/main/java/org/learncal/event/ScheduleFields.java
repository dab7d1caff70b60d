package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import org.learncal.problem.InputErrors;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** Reads when an event happens from a request: local start and end, or the dates of an all-day event. */
final class ScheduleFields {
    private ScheduleFields() {
    }

    /** The schedule, or null after naming every problem with the fields in {@code errors}. */
    static Schedule parse(InputErrors errors, ZoneId zone, @Nullable String start, @Nullable String end,
                          @Nullable String startDate, @Nullable String endDate) {
        boolean timed = start != null || end != null;
        boolean allDay = startDate != null || endDate != null;
        if (timed && allDay) {
            errors.add("startDate", "give either start and end (a timed event) or startDate and endDate "
                    + "(an all-day event), not both");
            return null;
        }
        if (allDay) {
            LocalDate first = date(errors, "startDate", startDate, true);
            LocalDate last = endDate == null ? first : date(errors, "endDate", endDate, false);
            if (first != null && last != null && last.isBefore(first)) {
                errors.add("endDate", "must not be before startDate");
                return null;
            }
            return first == null || last == null ? null : Schedule.allDay(first, last, zone);
        }
        LocalDateTime from = dateTime(errors, "start", start);
        LocalDateTime to = dateTime(errors, "end", end);
        if (from == null || to == null) {
            return null;
        }
        if (!to.atZone(zone).toInstant().isAfter(from.atZone(zone).toInstant())) {
            errors.add("end", "must be after start");
            return null;
        }
        return Schedule.timed(from, to, zone);
    }

    private static LocalDate date(InputErrors errors, String name, @Nullable String value, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(name, "is required for an all-day event");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            errors.add(name, "'" + value + "' is not a date such as 2027-01-24");
            return null;
        }
    }

    private static LocalDateTime dateTime(InputErrors errors, String name, @Nullable String value) {
        if (value == null) {
            errors.add(name, "is required: a local date-time such as 2027-01-24T10:00 (or give startDate)");
            return null;
        }
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeException e) {
            errors.add(name, "'" + value + "' is not a local date-time such as 2027-01-24T10:00");
            return null;
        }
    }
}
