package org.learncal.event;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.history.FieldChange;
import org.learncal.history.HistoryStore;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.review.Review;
import org.learncal.review.TrustStore;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes a change to an event together with its review state and its history, in one transaction: either
 * all of it happens or none. Used by the write API and by the iCalendar import.
 */
@Singleton
public class EventWrites {
    private final EventStore store;
    private final TrustStore reviews;
    private final HistoryStore history;

    public EventWrites(EventStore store, TrustStore reviews, HistoryStore history) {
        this.store = store;
        this.reviews = reviews;
        this.history = history;
    }

    @Transactional
    public void create(Event event, Review review, String tokenName) {
        store.insert(event);
        if (!review.isApproved()) {
            reviews.set(event.id(), review);
        }
        List<FieldChange> changes = new ArrayList<>(EventFields.diff(null, event));
        changes.add(new FieldChange("review", null, review.wire()));
        history.record(event.id(), tokenName, event.updatedAt(), "created", changes);
    }

    /**
     * Replaces {@code stored} by {@code revised} unless someone changed it in between (412). A revision
     * identical to what is stored writes nothing. A rejected event that is changed goes back to review.
     */
    @Transactional
    public Event replace(Event stored, Event revised, String tokenName, String action) {
        if (revised == stored || revised.equals(stored)) {
            return stored;
        }
        if (!store.updateIf(stored, revised)) {
            throw new ProblemException(ProblemType.PRECONDITION_FAILED,
                    "Event " + stored.id() + " was changed by someone else meanwhile; read it again");
        }
        List<FieldChange> changes = new ArrayList<>(EventFields.diff(stored, revised));
        Review review = reviews.of(stored.id());
        Review next = review.resubmitted();
        if (!next.equals(review)) {
            reviews.set(stored.id(), next);
            changes.add(new FieldChange("review", review.wire(), next.wire()));
        }
        history.record(stored.id(), tokenName, revised.updatedAt(), action, changes);
        return revised;
    }
}
