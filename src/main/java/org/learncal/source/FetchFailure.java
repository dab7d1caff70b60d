package org.learncal.source;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/** A pull that got no usable body: how it failed, a precise reason, and how long the server asked us to wait. */
final class FetchFailure extends Exception {
    private final Outcome outcome;
    private final transient Duration retryAfter;

    FetchFailure(Outcome outcome, String detail) {
        this(outcome, detail, null);
    }

    FetchFailure(Outcome outcome, String detail, @Nullable Duration retryAfter) {
        super(detail, null, false, false);
        this.outcome = outcome;
        this.retryAfter = retryAfter;
    }

    Outcome outcome() {
        return outcome;
    }

    @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
