package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The validators served for one rendering of a feed: its ETag, and the Last-Modified decided when those bytes
 * were first served (in whole seconds, as HTTP dates carry them). {@link FeedValidatorStore} keeps the last
 * ones per feed in the database, so that the rule below holds across restarts and instances.
 */
record FeedValidators(String etag, @Nullable Instant lastModified) {

    /**
     * The validators of new bytes ({@code etag}) served after {@code previous}: their newest change, but
     * <ul>
     *   <li>never later than {@code now}: RFC 9110 section 8.8.2.1 replaces a modification time in the future
     *   (events stamped ahead of the clock) by the time of the response;</li>
     *   <li>always later than the Last-Modified served before, so that a client revalidating by date gets the
     *   change even when it was made in the same second, or made the newest change older (an event leaving the
     *   feed). That can be the second after {@code now}: {@link FeedResponses} withholds it until then.</li>
     * </ul>
     */
    static FeedValidators after(@Nullable FeedValidators previous, String etag, @Nullable Instant newestChange,
                                Instant now) {
        Instant change = newestChange == null ? null : earlier(newestChange, now).truncatedTo(ChronoUnit.SECONDS);
        if (previous == null || previous.lastModified == null) {
            return new FeedValidators(etag, change);
        }
        Instant later = previous.lastModified.plusSeconds(1);
        return new FeedValidators(etag, change == null || change.isBefore(later) ? later : change);
    }

    private static Instant earlier(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }
}
