package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.history.FieldChange;
import org.learncal.history.HistoryEntry;
import org.learncal.history.HistoryStore;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.review.Review;
import org.learncal.review.TrustStore;
import org.learncal.token.Caller;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The one write path of events: each write decides the review state, writes the row, records the history and
 * moves the catalogue version, all in one transaction: either all of it happens or none. The JSON API, the
 * review decisions and the iCalendar import all write through here.
 */
@Singleton
public class EventWrites {
    private final EventStore store;
    private final ReviewStore reviews;
    private final TrustStore trust;
    private final HistoryStore history;
    private final EventSettling settling;
    private final Clock clock;

    EventWrites(EventStore store, ReviewStore reviews, TrustStore trust, HistoryStore history,
                EventSettling settling, Clock clock) {
        this.store = store;
        this.settling = settling;
        this.reviews = reviews;
        this.trust = trust;
        this.history = history;
        this.clock = clock;
    }

    /** What a write leaves: the event as stored, its review state, and what history recorded (null: nothing). */
    public record Written(Event event, Review review, @Nullable HistoryEntry entry) {
        public String etag() {
            return ETags.of(event);
        }
    }

    /**
     * Runs the writes of {@code writes} as one batch in one transaction (an import, a source run): each event is
     * written, reviewed and recorded in history as alone, but the catalogue version moves once for them all, the
     * change feed gets one row per event and the facet totals are written once, at the end.
     */
    @Transactional
    public <T> T batch(Supplier<T> writes) {
        return settling.batch(writes);
    }

    /** A new event; networks, the admin and organizers a network trusts publish it at once, others await review. */
    @Transactional
    public Written create(Caller author, Event event) {
        return create(author, event, trust.initial(author));
    }

    /** A new event published at once, as its calendar's registrar chose (a source with trust "publish"). */
    @Transactional
    public Written createPublished(Caller author, Event event) {
        return create(author, event, Review.APPROVED);
    }

    private Written create(Caller author, Event event, Review review) {
        store.insert(event);
        if (!review.isApproved()) {
            reviews.set(event.id(), review);
        }
        List<FieldChange> changes = new ArrayList<>(EventFields.diff(null, event));
        changes.addAll(reviewChanges(null, review));
        return new Written(event, review, history.record(event.id(), author.name(), event.updatedAt(), "created",
                changes));
    }

    /**
     * Replaces {@code stored} by {@code proposed} unless someone changed it in between (412), marking as outdated
     * the translations that no longer follow the original (see {@link Translations#since}). A revision
     * identical to what is stored writes nothing. A rejected event that is changed goes back to review.
     */
    @Transactional
    public Written replace(Caller author, Event stored, Event proposed, String action) {
        Review review = reviews.of(stored.id());
        Event revised = proposed.withTranslations(Translations.since(stored, proposed));
        if (revised == stored || revised.equals(stored)) {
            return new Written(stored, review, null);
        }
        if (!store.updateIf(stored, revised)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "Event " + stored.id() + " was changed by someone else meanwhile; read it again");
        }
        List<FieldChange> changes = new ArrayList<>(EventFields.diff(stored, revised));
        Review next = review.resubmitted();
        if (!next.equals(review)) {
            reviews.set(stored.id(), next);
            changes.addAll(reviewChanges(review, next));
        }
        return new Written(revised, next, history.record(stored.id(), author.name(), revised.updatedAt(), action,
                changes));
    }

    /** A reviewer's decision: {@code decision} turns the event's review state into the next (409 if it may not). */
    @Transactional
    public Written review(Caller reviewer, Event event, UnaryOperator<Review> decision, String action) {
        Review before = reviews.of(event.id());
        Review next = decision.apply(before);
        reviews.set(event.id(), next);
        return new Written(event, next, history.record(event.id(), reviewer.name(), clock.instant(), action,
                reviewChanges(before, next)));
    }

    /** A review change as history records it: the state, and the reason when the new state has one. */
    private static List<FieldChange> reviewChanges(@Nullable Review before, Review next) {
        FieldChange state = new FieldChange("review", before == null ? null : before.wire(), next.wire());
        return next.reason() == null ? List.of(state)
                : List.of(state, new FieldChange("reviewReason", null, next.reason()));
    }
}
