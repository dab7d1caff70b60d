package org.learncal.review;

import io.micronaut.core.annotation.Nullable;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;
import org.learncal.text.Wire;

/** An event's review state with the reason of a rejection; it guards its own transitions. */
public record Review(ReviewState state, @Nullable String reason) {
    public static final Review APPROVED = new Review(ReviewState.APPROVED, null);
    public static final Review PENDING = new Review(ReviewState.PENDING, null);

    public boolean isApproved() {
        return state == ReviewState.APPROVED;
    }

    public Review approve() {
        requirePending("approved");
        return APPROVED;
    }

    public Review reject(String why) {
        requirePending("rejected");
        return new Review(ReviewState.REJECTED, why);
    }

    /** A rejected event that its organizer changes goes back to review; other states stay as they are. */
    public Review resubmitted() {
        return state == ReviewState.REJECTED ? PENDING : this;
    }

    public String wire() {
        return Wire.of(state);
    }

    private void requirePending(String what) {
        if (state != ReviewState.PENDING) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "Only a pending event can be " + what + "; this one is " + wire());
        }
    }
}
