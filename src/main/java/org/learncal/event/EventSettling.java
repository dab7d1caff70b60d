package org.learncal.event;

import jakarta.inject.Singleton;
import org.learncal.catalog.CatalogVersion;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What an event write leaves beside its row: the longest event, the catalogue version (and with it the change
 * feed) and the facet totals. A single write settles them at once. Writes made inside {@link #batch} (an import
 * or a source run: many events in one transaction) settle them once at its end for all the events together: one
 * catalogue version, one change-feed row per event, each facet total written once. The catalogue lock is taken
 * at the batch's first write all the same, so writers still never interleave.
 */
@Singleton
class EventSettling {
    /** The events a batch wrote, what they counted for in the facets before it, and its longest schedule. */
    private static final class Batch {
        final Set<UUID> ids = new LinkedHashSet<>();
        final Map<List<String>, Long> before = new HashMap<>();
        Schedule longest;
    }

    // a batch lives in one transaction, and a transaction on one thread
    private final ThreadLocal<Batch> open = new ThreadLocal<>();
    private final CatalogVersion version;
    private final LongestEvent longestEvent;
    private final FacetTotals facetTotals;
    private final CustomPlans plans;

    EventSettling(CatalogVersion version, LongestEvent longestEvent, FacetTotals facetTotals, CustomPlans plans) {
        this.version = version;
        this.longestEvent = longestEvent;
        this.facetTotals = facetTotals;
        this.plans = plans;
    }

    /** Runs {@code writes} as one batch (inside a batch already open, as part of that one); call in a transaction. */
    <T> T batch(Supplier<T> writes) {
        if (open.get() != null) {
            return writes.get();
        }
        // a batch reads by lists of hundreds of UIDs and ids; a generic plan, made without their values, filters
        // every event of the organizer with each list (2.4 s a statement at 46,000 events, on PostgreSQL)
        plans.forThisTransaction();
        Batch batch = new Batch();
        open.set(batch);
        T result;
        try {
            result = writes.get();
        } finally {
            open.remove();
        }
        if (!batch.ids.isEmpty()) {
            longestEvent.include(batch.longest);
            version.bump(List.copyOf(batch.ids));
            facetTotals.after(batch.ids, batch.before);
        }
        return result;
    }

    /** Call before changing a stored event's row: takes the catalogue lock; answers what {@link #after} needs. */
    Map<List<String>, Long> before(UUID eventId) {
        Batch batch = open.get();
        if (batch == null) {
            return facetTotals.before(eventId);
        }
        if (!batch.ids.contains(eventId)) {
            facetTotals.before(eventId).forEach((value, count) -> batch.before.merge(value, count, Long::sum));
            batch.ids.add(eventId);
        }
        return Map.of();
    }

    /** Call once the event's row and relations are written, with what {@link #before} answered (none: inserted). */
    void after(Event event, Map<List<String>, Long> before) {
        Batch batch = open.get();
        if (batch == null) {
            longestEvent.include(event.schedule());
            version.bump(List.of(event.id()));
            facetTotals.after(event.id(), before);
            return;
        }
        if (batch.ids.isEmpty()) {
            version.lock();
        }
        batch.ids.add(event.id());
        if (batch.longest == null || length(event.schedule()).compareTo(length(batch.longest)) > 0) {
            batch.longest = event.schedule();
        }
    }

    private static Duration length(Schedule schedule) {
        return Duration.between(schedule.start(), schedule.end());
    }
}
