package org.learncal.importer;

import io.micronaut.core.annotation.Nullable;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Map;

/** The kinds of time iCal4j gives (date, floating, UTC, zoned) as instants, and TZIDs as IANA zones. */
final class Times {
    /** Windows zone names that Outlook writes as TZID, for the zones LearnCal's cities use most. */
    private static final Map<String, String> WINDOWS = Map.of(
            "Romance Standard Time", "Europe/Paris", "W. Europe Standard Time", "Europe/Berlin",
            "GMT Standard Time", "Europe/London", "Morocco Standard Time", "Africa/Casablanca",
            "Greenwich Standard Time", "Africa/Dakar", "Eastern Standard Time", "America/New_York",
            "Tokyo Standard Time", "Asia/Tokyo", "Egypt Standard Time", "Africa/Cairo",
            "Central Standard Time (Mexico)", "America/Mexico_City", "UTC", "UTC");

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

    /** The IANA zone a TZID names (directly, or as a Windows name), or null when it names none. */
    static @Nullable ZoneId iana(@Nullable String tzid) {
        if (tzid == null) {
            return null;
        }
        String name = WINDOWS.getOrDefault(tzid.strip(), tzid.strip());
        try {
            return name.contains("/") || name.equals("UTC") ? ZoneId.of(name) : null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
