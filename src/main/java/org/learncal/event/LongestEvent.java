package org.learncal.event;

import jakarta.inject.Singleton;
import org.learncal.catalog.CatalogVersion;

import java.time.Duration;

/**
 * How long the longest event in the catalogue lasts. An event that has not ended at T started after T minus
 * this, which turns "not ended yet" into a range on the start index: the database then reads events in
 * start order and stops after one page, instead of collecting every future event and sorting them
 * (see docs/benchmarks.md). Kept with the catalogue version (CatalogVersion) by every write, so all instances share it;
 * it only grows (a deleted or shortened event leaves it as it was: still true, merely less tight).
 */
@Singleton
public class LongestEvent {
    private final CatalogVersion version;

    public LongestEvent(CatalogVersion version) {
        this.version = version;
    }

    public Duration duration() {
        return Duration.ofSeconds(version.longestEventSeconds());
    }

    /** Call inside the transaction that stores an event with this schedule. */
    public void include(Schedule schedule) {
        version.includeEventSeconds(Duration.between(schedule.start(), schedule.end()).toSeconds() + 1);
    }
}
