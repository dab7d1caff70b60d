package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.learncal.db.Unavailable;

import java.time.Duration;
import java.time.Instant;

/**
 * What the feed cache may serve while the database cannot be reached: an entry that was current the last time
 * the catalogue version was read, if that was at most {@code serve-stale} ago (calendar apps poll regardless,
 * and their copy is as good as ours). While the database is known to be down, asking it fails at once
 * (org.learncal.db.FailFastDataSource), so pollers do not each wait for the pool's timeout.
 */
@Singleton
class StaleFeeds {
    private final Duration serveStale;
    private volatile @Nullable Confirmed confirmed;

    StaleFeeds(FeedConfiguration configuration) {
        this.serveStale = configuration.serveStale();
    }

    /** The catalogue version last read from the database, and when. */
    private record Confirmed(long version, Instant at) {
    }

    /**
     * Every poll confirms: within one second the first confirmation of a version stands for the others (polls on
     * every core would otherwise each write this shared field), so the stale limit counts from up to a second
     * earlier.
     */
    void confirmed(long version, Instant now) {
        Confirmed last = confirmed;
        if (last == null || last.version() != version || last.at().getEpochSecond() != now.getEpochSecond()) {
            confirmed = new Confirmed(version, now);
        }
    }

    /** {@code cached}, if it may serve after {@code failure}; else the failure again. */
    Feed orThrow(@Nullable Feed cached, Instant now, RuntimeException failure) {
        if (!Unavailable.causedBy(failure) || !mayServe(cached, now)) {
            throw failure;
        }
        return cached;
    }

    private boolean mayServe(@Nullable Feed cached, Instant now) {
        Confirmed last = confirmed;
        return last != null && cached != null && cached.isCurrent(last.version(), now)
                && !now.isAfter(last.at().plus(serveStale));
    }
}
