package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.history.HistoryEntry;
import org.learncal.history.HistoryStore;
import org.learncal.review.Review;
import org.learncal.token.Caller;

import java.util.List;

/** Events as their publishers and reviewers see them, whatever their review state, each with that state. */
@Singleton
public class EventLedger {
    private final EventStore events;
    private final ReviewStore reviews;
    private final EventAccess access;
    private final HistoryStore history;

    EventLedger(EventStore events, ReviewStore reviews, EventAccess access, HistoryStore history) {
        this.events = events;
        this.reviews = reviews;
        this.access = access;
        this.history = history;
    }

    /** An event and where it stands in review. */
    public record Entry(Event event, Review review) {
        public String etag() {
            return ETags.of(event);
        }
    }

    /** What awaits the caller (see {@link ReviewStore#awaiting}), soonest first. */
    @Transactional
    public List<Entry> awaiting(Caller caller, @Nullable String network) {
        return entries(reviews.awaiting(caller, network));
    }

    /** Every event of these organizers, soonest first (at most 500). */
    @Transactional
    public List<Entry> ofOrganizers(List<String> organizers) {
        return organizers.isEmpty() ? List.of() : entries(reviews.ofOrganizers(organizers));
    }

    /** One event the caller may write, with its review state (404, 403 as the API answers). */
    @Transactional
    public Entry writable(Caller caller, String id) {
        Event event = access.writable(caller, id);
        return new Entry(event, reviews.of(event.id()));
    }

    /** What happened to an event the caller may write, oldest first. */
    public List<HistoryEntry> history(Caller caller, String id) {
        return history.of(access.withHistory(caller, id).id());
    }

    private List<Entry> entries(List<java.util.UUID> ids) {
        return events.loadAny(ids).stream().map(event -> new Entry(event, reviews.of(event.id()))).toList();
    }
}
