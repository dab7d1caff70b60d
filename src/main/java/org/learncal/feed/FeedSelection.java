package org.learncal.feed;

import jakarta.inject.Singleton;
import org.learncal.event.EventQuery;
import org.learncal.event.EventSearch;
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

    /** The events in start order, whether some were cut, and until when this choice holds. */
    record Selected(List<EventStamp> events, boolean truncated, Instant validUntil) {
    }

    Selected select(FeedDefinition definition, Instant now) {
        if (definition.isSingleEvent()) {
            return new Selected(store.find(definition.eventId()).map(event -> List.of(EventStamp.of(event)))
                    .orElse(List.of()), false, Instant.MAX);
        }
        EventQuery query = withEveryStatusByDefault(definition.query());
        Instant since = now.minus(configuration.keepEnded());
        if (query.from() != null && query.from().isAfter(since)) {
            since = query.from();
        }
        Instant upcomingFrom = since.isAfter(now) ? since : now;
        int cap = configuration.maxEvents();
        List<EventStamp> upcoming = search.feedRows(query, upcomingFrom, null, cap + 1, EventStamp.COLUMNS,
                EventStamp::read);
        List<EventStamp> ended = upcoming.size() > cap ? List.of() : search.feedRows(query, since, upcomingFrom,
                cap + 1 - upcoming.size(), EventStamp.COLUMNS, EventStamp::read);
        List<EventStamp> kept = new ArrayList<>(upcoming.subList(0, Math.min(cap, upcoming.size())));
        kept.addAll(ended.subList(0, Math.min(cap - kept.size(), ended.size())));
        boolean truncated = upcoming.size() + ended.size() > cap;
        kept.sort(Comparator.comparing((EventStamp event) -> event.schedule().start()).thenComparing(EventStamp::id));
        return new Selected(List.copyOf(kept), truncated, validUntil(kept, upcomingFrom, truncated));
    }

    /** Every event that some feed may show now, nearest first, as many as the event cache holds. */
    List<EventStamp> everyEventInWindow(Instant now) {
        EventQuery everything = withEveryStatusByDefault(new EventQuery(null, null, null, Map.of(), null,
                EventQuery.DEFAULT_LIMIT, null));
        return search.feedRows(everything, now.minus(configuration.keepEnded()), null, configuration.cacheEvents(),
                EventStamp.COLUMNS, EventStamp::read);
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
        return new EventQuery(query.from(), query.to(), query.text(), filters, query.free(), query.limit(), null);
    }
}
