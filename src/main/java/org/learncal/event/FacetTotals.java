package org.learncal.event;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.catalog.CatalogVersion;
import org.learncal.db.Sql;
import org.learncal.text.Wire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The facet counts of the whole catalogue, and of any part of it chosen by format and cost alone, kept exact at
 * every moment without counting every event.
 * <p>{@code event_facet_count} holds, per facet value and per format and cost of the events (a slice), the counted
 * events (published, scheduled or postponed) that end after the horizon ({@code event_facet_horizon}): a search
 * filtered by format or cost adds up its slices. Every event write changes the totals by its own difference in its
 * transaction, under the catalogue version's lock, so writers never interleave. Time makes events end without any
 * write: a read adds up the totals and takes off, in the same statement (one snapshot), the counted events of its
 * slices that ended between the horizon and now (read through the end index: a few rows, since
 * {@link FacetUpkeep} moves the horizon forward every few minutes). Countries are counted as their cities.
 */
@Singleton
class FacetTotals {
    private static final String HORIZON = "(SELECT counted_after FROM event_facet_horizon WHERE id = 1)";
    private static final String COUNTED = "(" + EventStore.PUBLISHED + ") = TRUE AND e.status IN ("
            + EventQuery.DEFAULT_STATUSES.stream().map(status -> "'" + Wire.of(status) + "'")
            .collect(Collectors.joining(", ")) + ")";
    /**
     * What an event chosen by id counts for: 1 if it is counted and ends after the horizon, else 0. These are weighed
     * rather than filtered so that the id is the only condition the database can use: PostgreSQL without statistics
     * (autovacuum off) took the end index for "ends after the horizon" and read every event to find one (314 ms at
     * 100,000 events), and a generic plan of a list of ids read every approved event (docs/benchmarks.md).
     */
    private static final String WEIGHT = "CASE WHEN " + COUNTED + " AND e.end_at > " + HORIZON + " THEN 1 ELSE 0 END";
    /** Events counted per statement: each facet binds every id, and PostgreSQL binds at most 32,767 values. */
    private static final int CHUNK = 400;
    /** How many times a read tries again when the horizon moved while it read (it moves every few minutes). */
    private static final int MOVES = 10;

    private final Sql sql;
    private final CatalogVersion version;
    private final CustomPlans plans;

    FacetTotals(Sql sql, CatalogVersion version, CustomPlans plans) {
        this.plans = plans;
        this.sql = sql;
        this.version = version;
    }

    /** The stored facet a facet is read from: a country adds up its cities. */
    static String stored(Facet facet) {
        return facet == Facet.COUNTRY ? "city" : Wire.of(facet);
    }

    /**
     * Call first in a write that changes a stored event: takes the catalogue lock, then answers what the event
     * counts for now, to be given to {@link #after}.
     */
    @Transactional
    Map<List<String>, Long> before(UUID eventId) {
        version.lock();
        return counted(eventId);
    }

    /** Call last in the write of an event (inside the lock): the totals then count it as it is now. */
    @Transactional
    void after(UUID eventId, Map<List<String>, Long> before) {
        Map<List<String>, Long> difference = new HashMap<>(counted(eventId));
        before.forEach((value, count) -> difference.merge(value, -count, Long::sum));
        add(difference);
    }

    /**
     * Call last in a batch of event writes (inside the lock): the totals then count these events as they are now,
     * {@code before} being what they all counted for before the batch.
     */
    void after(Collection<UUID> eventIds, Map<List<String>, Long> before) {
        Map<List<String>, Long> difference = new HashMap<>();
        List<UUID> ids = List.copyOf(eventIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            grouped("e.id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")",
                    List.copyOf(chunk), WEIGHT).forEach((value, count) -> difference.merge(value, count, Long::sum));
        }
        before.forEach((value, count) -> difference.merge(value, -count, Long::sum));
        add(difference);
    }

    /**
     * The counts of what has not ended at {@code now} in {@code slice} of the catalogue: facet, then value; empty
     * until counted.
     */
    @Transactional
    Optional<Map<String, Map<String, Long>>> counts(Instant now, FacetSlice slice) {
        plans.forThisTransaction();
        Optional<Instant> horizon = horizon();
        // the horizon moves every few minutes: read again only if it moved between the two statements
        for (int attempt = 0; horizon.isPresent() && attempt < MOVES; attempt++) {
            Optional<Map<String, Map<String, Long>>> counts = counts(now, slice, horizon.get());
            if (counts.isPresent()) {
                return counts;
            }
            horizon = horizon();
        }
        if (horizon.isPresent()) {
            throw new IllegalStateException("The facet totals' horizon moved " + MOVES + " times while read");
        }
        return Optional.empty();
    }

    /**
     * The counts, if the horizon is still {@code horizon} in the statement's snapshot (it moves every few
     * minutes): the totals minus what ended between the horizon and now, plus what the horizon, if ahead of now
     * (another instance's clock), stopped counting too early. The range is bound as values, not read in the
     * statement, so that PostgreSQL plans it for the few rows it holds: planned for a range it cannot see, it
     * read every topic, organizer and language row to join them with the ended events (docs/benchmarks.md).
     */
    private Optional<Map<String, Map<String, Long>>> counts(Instant now, FacetSlice slice, Instant horizon) {
        List<Object> parameters = new ArrayList<>();
        String kept = "SELECT facet, facet_value AS v, event_format AS f, event_free AS free_slice, events AS n "
                + "FROM event_facet_count WHERE "
                + slice.sql("event_format", "event_free = TRUE", "event_free = FALSE", parameters);
        boolean behind = !horizon.isAfter(now);
        List<Object> endedParameters = new ArrayList<>(List.of(behind ? horizon : now, behind ? now : horizon));
        String ended = FacetValueRows.sql(COUNTED + " AND e.end_at > ? AND e.end_at <= ? AND "
                        + slice.sql("e.format", "e.free = TRUE", "(e.free = FALSE OR e.free IS NULL)", endedParameters),
                endedParameters, behind ? "-1" : "1", parameters);
        parameters.add(horizon);
        String same = "SELECT '' AS facet, '' AS v, '' AS f, FALSE AS free_slice, 0 AS n FROM event_facet_horizon "
                + "WHERE id = 1 AND counted_after = ?";
        Map<String, Map<String, Long>> counts = new HashMap<>();
        boolean sameHorizon = sql.query("SELECT facet, v, SUM(n) FROM (" + kept + " UNION ALL " + ended
                + " UNION ALL " + same + ") c GROUP BY facet, v", parameters, row -> {
                    long count = row.getLong(3);
                    if (count > 0) {
                        counts.computeIfAbsent(row.getString(1), facet -> new HashMap<>()).put(row.getString(2), count);
                    }
                    return row.getString(1).isEmpty();
                }).contains(true);
        return sameHorizon ? Optional.of(counts) : Optional.empty();
    }

    /** Stops counting events that end by {@code to}: moves the horizon forward (never back), under the lock. */
    @Transactional
    void moveHorizon(Instant to) {
        version.lock();
        Optional<Instant> from = horizon();
        if (from.isEmpty() || !to.isAfter(from.get())) {
            return;
        }
        add(grouped(COUNTED + " AND e.end_at > ? AND e.end_at <= ?", List.of(from.get(), to), "-1"));
        sql.update("UPDATE event_facet_horizon SET counted_after = ? WHERE id = 1", List.of(to));
    }

    /** Counts every event again, from {@code now}: after a bulk load outside the service, or at the first start. */
    @Transactional
    void recount(Instant now) {
        version.lock();
        sql.update("DELETE FROM event_facet_count", List.of());
        add(grouped(COUNTED + " AND e.end_at > ?", List.of(now), "1"));
        sql.update("UPDATE event_facet_horizon SET counted_after = ? WHERE id = 1", List.of(now));
    }

    /** When the totals count from; empty when they have not been counted yet. */
    @Transactional
    Optional<Instant> horizon() {
        return sql.query("SELECT counted_after FROM event_facet_horizon WHERE id = 1", List.of(),
                row -> Optional.ofNullable(Sql.instant(row, "counted_after"))).get(0);
    }

    /** What one event counts for: one per facet value in its slice, if it is counted and ends after the horizon. */
    private Map<List<String>, Long> counted(UUID eventId) {
        return grouped("e.id = ?", List.of(eventId), WEIGHT);
    }

    private Map<List<String>, Long> grouped(String where, List<Object> whereParameters, String weight) {
        List<Object> parameters = new ArrayList<>();
        String values = FacetValueRows.sql(where, whereParameters, weight, parameters);
        Map<List<String>, Long> grouped = new HashMap<>();
        sql.query("SELECT facet, v, f, free_slice, SUM(n) FROM (" + values + ") c GROUP BY facet, v, f, free_slice",
                parameters, row -> grouped.put(List.of(row.getString(1), row.getString(2), row.getString(3),
                        String.valueOf(row.getBoolean(4))), row.getLong(5)));
        return grouped;
    }

    /**
     * Adds these differences (keyed by facet, value, format, free) to the totals (inside the lock, so an absent row
     * can simply be inserted): one batch of updates, then one of inserts for the rows that were absent.
     */
    private void add(Map<List<String>, Long> differences) {
        List<List<?>> updates = differences.entrySet().stream().filter(entry -> entry.getValue() != 0)
                .<List<?>>map(entry -> List.of(entry.getValue(), entry.getKey().get(0), entry.getKey().get(1),
                        entry.getKey().get(2), Boolean.parseBoolean(entry.getKey().get(3)))).toList();
        int[] updated = sql.batch("UPDATE event_facet_count SET events = events + ? WHERE facet = ? "
                + "AND facet_value = ? AND event_format = ? AND event_free = ?", updates);
        List<List<?>> inserts = new ArrayList<>();
        for (int i = 0; i < updated.length; i++) {
            if (updated[i] == 0) {
                List<Object> row = new ArrayList<>(updates.get(i).subList(1, 5));
                row.add(updates.get(i).get(0));
                inserts.add(row);
            }
        }
        sql.batch("INSERT INTO event_facet_count (facet, facet_value, event_format, event_free, events) "
                + "VALUES (?, ?, ?, ?, ?)", inserts);
    }
}
