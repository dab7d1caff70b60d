package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.learncal.event.EventQuery;
import org.learncal.event.EventSearch;
import org.learncal.event.EventStamp;
import org.learncal.event.EventStatus;
import org.learncal.event.EventStore;
import org.learncal.text.Wire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the events of a feed: those that ended at most {@code keepEnded} ago and all later ones, cancelled
 * ones included (calendars must learn of the cancellation). Over the cap it keeps the events nearest to now:
 * upcoming ones first, then the most recently ended.
 */
@Singleton
class FeedSelection {
    private static final List<String> EVERY_STATUS = Arrays.stream(EventStatus.values()).map(Wire::of).toList();

    private final EventSearch search;
    private final EventStore store;
    private final FeedConfiguration configuration;

    FeedSelection(EventSearch search, EventStore store, FeedConfiguration configuration) {
        this.search = search;
        this.store = store;
        this.configuration = configuration;
    }

    /**
     * The events in start order, whether some were cut, until when this choice holds, and when the last
     * event left the window (a change too, though no event was edited), if one did.
     */
    record Selected(List<EventStamp> events, boolean truncated, Instant validUntil, @Nullable Instant lastLeft) {

        /** The newest change to what the feed shows: an edit of one of its events, or an event leaving it. */
        @Nullable Instant lastModified() {
            Instant edited = events.stream().map(EventStamp::updatedAt).max(Instant::compareTo).orElse(null);
            return edited == null || lastLeft != null && lastLeft.isAfter(edited) ? lastLeft : edited;
        }
    }

    Selected select(FeedDefinition definition, Instant now) {
        if (definition.isSingleEvent()) {
            return new Selected(store.find(definition.eventId()).map(event -> List.of(EventStamp.of(event)))
                    .orElse(List.of()), false, Instant.MAX, null);
        }
        EventQuery query = withEveryStatusByDefault(definition.query());
        Instant windowStart = now.minus(configuration.keepEnded());
        Instant since = query.from() != null && query.from().isAfter(windowStart) ? query.from() : windowStart;
        Instant upcomingFrom = since.isAfter(now) ? since : now;
        int cap = configuration.maxEvents();
        List<EventStamp> upcoming = search.stamps(query, upcomingFrom, null, cap + 1);
        List<EventStamp> ended = upcoming.size() > cap ? List.of() : search.stamps(query, since, upcomingFrom,
                cap + 1 - upcoming.size());
        List<EventStamp> kept = new ArrayList<>(upcoming.subList(0, Math.min(cap, upcoming.size())));
        kept.addAll(ended.subList(0, Math.min(cap - kept.size(), ended.size())));
        boolean truncated = upcoming.size() + ended.size() > cap;
        kept.sort(Comparator.comparing((EventStamp event) -> event.schedule().start()).thenComparing(EventStamp::id));
        return new Selected(List.copyOf(kept), truncated, validUntil(kept, upcomingFrom, truncated),
                since.equals(windowStart) ? lastLeft(query, windowStart) : null);
    }

    /** When the most recently ended match left the window ({@code keepEnded} after its end), if one has. */
    private @Nullable Instant lastLeft(EventQuery query, Instant windowStart) {
        return search.lastEnd(query, Instant.EPOCH, windowStart).map(end -> end.plus(configuration.keepEnded()))
                .orElse(null);
    }

    /** Every event that some feed may show now, nearest first, as many as the event cache holds. */
    List<EventStamp> everyEventInWindow(Instant now) {
        EventQuery everything = withEveryStatusByDefault(new EventQuery(null, null, null, Map.of(), null,
                EventQuery.DEFAULT_LIMIT, null));
        return search.stamps(everything, now.minus(configuration.keepEnded()), null, configuration.cacheEvents());
    }

    /**
     * The feed changes with time alone when its earliest event leaves the window, and, when cut, also when an
     * upcoming event ends (the nearest events are then others).
     */
    private Instant validUntil(List<EventStamp> kept, Instant upcomingFrom, boolean truncated) {
        Instant until = Instant.MAX;
        for (EventStamp event : kept) {
            Instant end = event.schedule().end();
            Instant leaves = end.plus(configuration.keepEnded());
            until = leaves.isBefore(until) ? leaves : until;
            if (truncated && end.isAfter(upcomingFrom) && end.isBefore(until)) {
                until = end;
            }
        }
        return until;
    }

    private static EventQuery withEveryStatusByDefault(EventQuery query) {
        if (!query.values(EventQuery.Filter.STATUS).isEmpty()) {
            return query;
        }
        Map<EventQuery.Filter, List<String>> filters = new EnumMap<>(EventQuery.Filter.class);
        filters.putAll(query.filters());
        filters.put(EventQuery.Filter.STATUS, EVERY_STATUS);
        return query.withFilters(filters);
    }
}
