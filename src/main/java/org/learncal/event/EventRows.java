package org.learncal.event;

import org.learncal.db.Sql;
import org.learncal.text.Wire;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Maps an {@link Event} to the columns of the {@code event} table and back. */
final class EventRows {
    static final String COLUMNS = "id, slug, title, description, language, time_zone, all_day, start_at, end_at, "
            + "format, venue_name, venue_address, venue_latitude, venue_longitude, city_slug, network_slug, "
            + "join_url, registration_url, audience, free, cost, recording, accessibility, status, status_reason, "
            + "sequence, created_at, updated_at, source_url, source_note, search_text";

    private EventRows() {
    }

    /** The column values of {@code event}, in {@link #COLUMNS} order, search_text last. */
    static List<Object> values(Event event, String searchText) {
        Venue venue = event.venue();
        Schedule schedule = event.schedule();
        return Arrays.asList(event.id(), event.slug(), event.title(), event.description(), event.language(),
                schedule.zone().getId(), schedule.allDay(), schedule.start(), schedule.end(),
                Wire.of(event.format()), venue == null ? null : venue.name(), venue == null ? null : venue.address(),
                venue == null ? null : venue.latitude(), venue == null ? null : venue.longitude(),
                event.citySlug(), event.networkSlug(), event.joinUrl(), event.registrationUrl(),
                joinWire(event.audience()), event.cost().free(), event.cost().text(), event.recording(),
                String.join(",", event.accessibility()), Wire.of(event.status()), event.statusReason(),
                event.sequence(), event.createdAt(), event.updatedAt(), event.report().url(),
                event.report().note(), searchText);
    }

    /** Reads an event whose spoken languages, organizers and topics were loaded separately. */
    static Event read(ResultSet row, List<String> spoken, List<String> organizers, List<String> topics)
            throws SQLException {
        String venueName = row.getString("venue_name");
        Venue venue = venueName == null ? null : new Venue(venueName, row.getString("venue_address"),
                Sql.nullableDouble(row, "venue_latitude"), Sql.nullableDouble(row, "venue_longitude"));
        Schedule schedule = new Schedule(ZoneId.of(row.getString("time_zone")), row.getBoolean("all_day"),
                Sql.instant(row, "start_at"), Sql.instant(row, "end_at"));
        return new Event(row.getObject("id", UUID.class), row.getString("slug"), row.getString("title"),
                row.getString("description"), row.getString("language"), spoken, schedule,
                wire(EventFormat.class, row.getString("format")), venue, row.getString("city_slug"),
                row.getString("join_url"), row.getString("registration_url"), organizers,
                row.getString("network_slug"), topics, splitWire(row.getString("audience")),
                new Cost(Sql.nullableBoolean(row, "free"), row.getString("cost")),
                Sql.nullableBoolean(row, "recording"), split(row.getString("accessibility")),
                wire(EventStatus.class, row.getString("status")), row.getString("status_reason"),
                row.getInt("sequence"), Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"),
                new Report(row.getString("source_url"), row.getString("source_note")), Translations.NONE);
    }

    private static String joinWire(Collection<? extends Enum<?>> values) {
        return values.stream().map(Wire::of).collect(Collectors.joining(","));
    }

    private static List<Audience> splitWire(String joined) {
        return split(joined).stream().map(value -> wire(Audience.class, value)).toList();
    }

    private static List<String> split(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static <E extends Enum<E>> E wire(Class<E> type, String value) {
        return Wire.parse(type, value).orElseThrow(() -> new IllegalStateException("stored " + value));
    }
}
