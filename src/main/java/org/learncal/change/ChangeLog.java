package org.learncal.change;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** The table of event changes behind the change feed: written by writers, read in (number, event id) order. */
@Singleton
public class ChangeLog {
    private static final String COLUMNS = "change_number, event_id, changed_at, listed, network_slug, city_slug, "
            + "language, spoken_languages, format, free, organizers, topics, search_text";
    private static final String LATEST = "NOT EXISTS (SELECT 1 FROM event_feed_change n "
            + "WHERE n.event_id = c.event_id AND n.change_number > c.change_number)";

    private final Sql sql;

    public ChangeLog(Sql sql) {
        this.sql = sql;
    }

    public void insert(List<ChangeSnapshot> snapshots) {
        sql.batch("INSERT INTO event_feed_change (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                snapshots.stream().<List<?>>map(s -> Arrays.asList(s.number(), s.eventId(), s.changedAt(),
                        // language: the main one, as recorded before spoken_languages came to hold them all
                        s.listed(), s.network(), s.city(), s.languages().get(0), String.join(" ", s.languages()),
                        s.format(), s.free(),
                        String.join(" ", s.organizers()), String.join(" ", s.topics()), s.searchText())).toList());
    }

    /** The latest change of each event whose latest change comes after this position, in feed order. */
    @Transactional
    public List<ChangeSnapshot> latestAfter(FeedPosition after, int max) {
        return sql.query("SELECT " + COLUMNS + " FROM event_feed_change c WHERE (c.change_number > ? "
                        + "OR (c.change_number = ? AND c.event_id > ?)) AND " + LATEST
                        + " ORDER BY c.change_number, c.event_id LIMIT ?",
                List.of(after.number(), after.number(), after.eventId(), max), ChangeLog::read);
    }

    /** Every change kept for these events. */
    @Transactional
    public List<ChangeSnapshot> history(List<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        return sql.query("SELECT " + COLUMNS + " FROM event_feed_change WHERE event_id IN ("
                + String.join(", ", Collections.nCopies(eventIds.size(), "?")) + ")", eventIds, ChangeLog::read);
    }

    /** The events that have no change recorded yet (written to the database by other means). */
    public List<UUID> unrecorded() {
        return sql.query("SELECT e.id FROM event e WHERE NOT EXISTS "
                + "(SELECT 1 FROM event_feed_change c WHERE c.event_id = e.id)", List.of(), row -> row.getObject(1,
                UUID.class));
    }

    /** Positions after this change number may have missed a pruned deletion. */
    public long horizon() {
        return sql.query("SELECT pruned_through FROM event_feed_horizon WHERE id = 1", List.of(),
                row -> row.getLong(1)).get(0);
    }

    /**
     * Forgets what no reader positioned at or after the new horizon needs: changes superseded by a change made
     * before {@code cutoff}, and events that left the catalogue before it. Answers the number of rows removed.
     */
    @Transactional
    public int prune(Instant cutoff) {
        String superseded = "EXISTS (SELECT 1 FROM event_feed_change n WHERE n.event_id = c.event_id "
                + "AND n.change_number > c.change_number AND n.changed_at < ?)";
        String gone = "c.listed = FALSE AND c.changed_at < ? AND " + LATEST;
        List<Long> newest = sql.query("SELECT MAX(c.change_number) FROM event_feed_change c WHERE c.changed_at < ? "
                + "AND (" + gone + " OR EXISTS (SELECT 1 FROM event_feed_change o WHERE o.event_id = c.event_id "
                + "AND o.change_number < c.change_number))", List.of(cutoff, cutoff), row -> row.getLong(1));
        int removed = sql.update("DELETE FROM event_feed_change c WHERE " + superseded, List.of(cutoff))
                + sql.update("DELETE FROM event_feed_change c WHERE " + gone, List.of(cutoff));
        if (removed > 0) {
            sql.update("UPDATE event_feed_horizon SET pruned_through = CASE WHEN pruned_through < ? THEN ? "
                    + "ELSE pruned_through END WHERE id = 1", List.of(newest.get(0), newest.get(0)));
        }
        return removed;
    }

    private static ChangeSnapshot read(ResultSet row) throws SQLException {
        return new ChangeSnapshot(row.getLong("change_number"), row.getObject("event_id", UUID.class),
                Sql.instant(row, "changed_at"), row.getBoolean("listed"), row.getString("network_slug"),
                row.getString("city_slug"), languages(row), row.getString("format"),
                Sql.nullableBoolean(row, "free"), words(row.getString("organizers")), words(row.getString("topics")),
                row.getString("search_text"));
    }

    /** The spoken languages; a change recorded before they were kept names the language of the text alone. */
    private static List<String> languages(ResultSet row) throws SQLException {
        String spoken = row.getString("spoken_languages");
        return spoken == null ? List.of(row.getString("language")) : words(spoken);
    }

    private static List<String> words(String joined) {
        return joined.isEmpty() ? List.of() : new ArrayList<>(List.of(joined.split(" ")));
    }
}
