package org.learncal.event;

import org.learncal.db.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * What a feed needs to know of an event without loading it: when it is (for order, window and VTIMEZONEs)
 * and which version of it a rendered VEVENT shows (every change moves {@code updatedAt}).
 */
public record EventStamp(UUID id, Schedule schedule, Instant updatedAt, int sequence) {
    static final String COLUMNS = "e.id, e.time_zone, e.all_day, e.start_at, e.end_at, e.updated_at, e.sequence";

    static EventStamp read(ResultSet row) throws SQLException {
        Schedule schedule = new Schedule(ZoneId.of(row.getString("time_zone")), row.getBoolean("all_day"),
                Sql.instant(row, "start_at"), Sql.instant(row, "end_at"));
        return new EventStamp(row.getObject("id", UUID.class), schedule, Sql.instant(row, "updated_at"),
                row.getInt("sequence"));
    }

    public static EventStamp of(Event event) {
        return new EventStamp(event.id(), event.schedule(), event.updatedAt(), event.sequence());
    }
}
