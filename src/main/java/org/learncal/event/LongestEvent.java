package org.learncal.event;

import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.time.Duration;
import java.util.List;

/**
 * How long the longest event in the catalogue lasts. An event that has not ended at T started after T minus
 * this, which turns "not ended yet" into a range on the start index: the database then reads events in
 * start order and stops after one page, instead of collecting every future event and sorting them
 * (see docs/benchmarks.md). Kept in the catalog_version row by every write, so all instances share it;
 * it only grows (a deleted or shortened event leaves it as it was: still true, merely less tight).
 */
@Singleton
public class LongestEvent {
    private final Sql sql;

    public LongestEvent(Sql sql) {
        this.sql = sql;
    }

    public Duration duration() {
        return Duration.ofSeconds(sql.query("SELECT longest_event_seconds FROM catalog_version WHERE id = 1",
                List.of(), row -> row.getLong(1)).get(0));
    }

    /** Call inside the transaction that stores an event with this schedule. */
    public void include(Schedule schedule) {
        long seconds = Duration.between(schedule.start(), schedule.end()).toSeconds() + 1;
        sql.update("UPDATE catalog_version SET longest_event_seconds = GREATEST(longest_event_seconds, ?) "
                + "WHERE id = 1", List.of(seconds));
    }
}
