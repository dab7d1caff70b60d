package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.learncal.db.Unavailable;

import java.time.Duration;
import java.time.Instant;

/**
 * What the feed cache may serve while the database cannot be reached: an entry that was current the last time
 * the catalogue version was read, if that was at most {@code serve-stale} ago (calendar apps poll regardless,
 * and their copy is as good as ours). After a failure to reach the database, the next few seconds serve such
 * entries without trying again, so that pollers do not each wait for the pool's timeout.
 */
@Singleton
class StaleFeeds {
    private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final Duration serveStale;
    private volatile @Nullable Confirmed confirmed;
    private volatile Instant unreachableUntil = Instant.MIN;

    StaleFeeds(FeedConfiguration configuration) {
        this.serveStale = configuration.serveStale();
    }

    /** The catalogue version last read from the database, and when. */
    private record Confirmed(long version, Instant at) {
    }

    void confirmed(long version, Instant now) {
        confirmed = new Confirmed(version, now);
    }

    /** True while a recent failure says not to wait for the database again just yet. */
    boolean recentlyUnreachable(Instant now) {
        return now.isBefore(unreachableUntil);
    }

    /** {@code cached}, if it may serve after {@code failure}; else the failure again. */
    Feed orThrow(@Nullable Feed cached, Instant now, RuntimeException failure) {
        if (!Unavailable.causedBy(failure)) {
            throw failure;
        }
        unreachableUntil = now.plus(RETRY_AFTER);
        if (!mayServe(cached, now)) {
            throw failure;
        }
        return cached;
    }

    boolean mayServe(@Nullable Feed cached, Instant now) {
        Confirmed last = confirmed;
        return last != null && cached != null && cached.isCurrent(last.version(), now)
                && !now.isAfter(last.at().plus(serveStale));
    }
}
