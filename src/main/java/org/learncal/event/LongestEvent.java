package org.learncal.event;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.catalog.CatalogVersion;
import org.learncal.db.Sql;

import java.time.Duration;
import java.util.List;

/**
 * How long the longest event in the catalogue lasts. An event that has not ended at T started after T minus
 * this, which turns "not ended yet" into a range on the start index: the database then reads events in
 * start order and stops after one page, instead of collecting every future event and sorting them
 * (see docs/benchmarks.md). Cached per catalogue version, so it stays right when several instances write.
 */
@Singleton
public class LongestEvent {
    private final Sql sql;
    private final CatalogVersion version;
    private volatile Cached cached = new Cached(-1, Duration.ZERO);

    public LongestEvent(Sql sql, CatalogVersion version) {
        this.sql = sql;
        this.version = version;
    }

    private record Cached(long version, Duration longest) {
    }

    @Transactional
    public Duration duration() {
        long current = version.current();
        Cached known = cached;
        if (known.version() != current) {
            known = new Cached(current, measure());
            cached = known;
        }
        return known.longest();
    }

    private Duration measure() {
        List<Number> seconds = sql.query(
                "SELECT MAX(EXTRACT(EPOCH FROM end_at) - EXTRACT(EPOCH FROM start_at)) FROM event", List.of(),
                row -> (Number) row.getObject(1));
        Number longest = seconds.isEmpty() ? null : seconds.get(0);
        return longest == null ? Duration.ZERO : Duration.ofSeconds((long) Math.ceil(longest.doubleValue()));
    }
}
