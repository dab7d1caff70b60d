package org.learncal.source;

import io.micronaut.core.annotation.Nullable;

import java.time.Duration;

/**
 * When to try again after {@code failures} failures in a row: one minute, doubling each time, at most a day;
 * never sooner than a server's Retry-After (itself capped at a day). After {@link #PAUSE_AFTER} a source pauses.
 */
final class Backoff {
    static final int PAUSE_AFTER = 10;
    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofHours(24);

    private Backoff() {
    }

    static Duration after(int failures, @Nullable Duration retryAfter) {
        Duration backoff = FIRST.multipliedBy(1L << Math.min(failures - 1, 20));
        if (backoff.compareTo(LONGEST) > 0) {
            backoff = LONGEST;
        }
        if (retryAfter != null && retryAfter.compareTo(backoff) > 0) {
            return retryAfter.compareTo(LONGEST) > 0 ? LONGEST : retryAfter;
        }
        return backoff;
    }
}
