package org.learncal.importer;

import io.micronaut.core.annotation.Nullable;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;

/** The kinds of time iCal4j gives (date, floating, UTC, zoned) as instants, and all-day events as days. */
final class Times {
    /** What Outlook and Windows Live add to an all-day event it writes as midnight to midnight in a zone. */
    private static final List<String> ALL_DAY_FLAGS = List.of("X-MICROSOFT-CDO-ALLDAYEVENT",
            "X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT");

    /** The first day of an all-day event and the day after its last, as DTEND gives it. */
    record Days(LocalDate first, LocalDate after) {
    }

    private Times() {
    }

    static Instant instant(Temporal time, ZoneId zone) {
        if (time instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        } else if (time instanceof OffsetDateTime offset) {
            return offset.toInstant();
        } else if (time instanceof LocalDateTime local) {
            return local.atZone(zone).toInstant();
        } else if (time instanceof LocalDate day) {
            return day.atStartOfDay(zone).toInstant();
        }
        return Instant.from(time);
    }

    /**
     * The first day and the day after the last of an all-day event, whatever its TZID: dates (VALUE=DATE), or
     * local midnights flagged all-day by Outlook. Null for a timed event.
     */
    static @Nullable Days days(VEvent component, Temporal start, Temporal end) {
        if (start instanceof LocalDate first && end instanceof LocalDate after) {
            return new Days(first, after);
        }
        boolean flagged = ALL_DAY_FLAGS.stream().anyMatch(flag -> component.getProperty(flag)
                .map(p -> ((Property) p).getValue().strip().equalsIgnoreCase("TRUE")).orElse(false));
        LocalDateTime from = local(start);
        LocalDateTime to = local(end);
        if (flagged && from != null && to != null && from.toLocalTime().equals(LocalTime.MIDNIGHT)
                && to.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return new Days(from.toLocalDate(), to.toLocalDate());
        }
        return null;
    }

    private static @Nullable LocalDateTime local(Temporal time) {
        return time instanceof ZonedDateTime zoned ? zoned.toLocalDateTime()
                : time instanceof LocalDateTime local ? local : null;
    }
}
