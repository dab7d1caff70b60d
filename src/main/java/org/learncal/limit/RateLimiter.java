package org.learncal.limit;

import jakarta.inject.Singleton;
import org.learncal.problem.ProblemException;
import org.learncal.problem.ProblemType;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per key, in memory: each instance counts on its own, so N instances allow N times the
 * budget. Spending from an empty bucket answers 429 with the seconds until one write is allowed again.
 * A bucket refills completely within a minute, so one left alone that long is dropped: a full bucket and no
 * bucket mean the same, and the map holds only the keys that wrote in the last minute or so.
 */
@Singleton
public class RateLimiter {
    private static final long REFILL_MILLIS = 60_000;

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int perMinute;
    private final int adminPerMinute;
    private final Clock clock;
    private volatile long prunedAt;

    public RateLimiter(RateLimitConfiguration configuration, Clock clock) {
        this.perMinute = Math.max(1, configuration.writesPerMinute());
        this.adminPerMinute = Math.max(1, configuration.adminWritesPerMinute());
        this.clock = clock;
        this.prunedAt = clock.millis();
    }

    /** Spends one write of {@code key}'s budget: the admin token's own, or that of any other token. */
    public void spend(String key, boolean admin) {
        long now = clock.millis();
        pruneIfDue(now);
        int capacity = admin ? adminPerMinute : perMinute;
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        double perMilli = (double) capacity / REFILL_MILLIS;
        long waitMillis;
        synchronized (bucket) {
            bucket.refill(now, capacity, perMilli);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return;
            }
            waitMillis = (long) Math.ceil((1 - bucket.tokens) / perMilli);
        }
        long seconds = Math.max(1, (waitMillis + 999) / 1000);
        throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "This token may make " + capacity
                + " writes per minute; try again in " + seconds + " s").withHeader("Retry-After", Long.toString(seconds));
    }

    /** How many keys are counted now. */
    int size() {
        return buckets.size();
    }

    /** At most once a minute, drops the buckets that have refilled completely since they were last spent from. */
    private void pruneIfDue(long now) {
        if (now - prunedAt < REFILL_MILLIS) {
            return;
        }
        prunedAt = now;
        buckets.values().removeIf(bucket -> bucket.idleFor(now) >= REFILL_MILLIS);
    }

    /** The tokens left in one key's bucket, refilled lazily when spent. */
    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        synchronized long idleFor(long now) {
            return now - at;
        }

        void refill(long now, int capacity, double perMilli) {
            if (now > at) {
                tokens = Math.min(capacity, tokens + (now - at) * perMilli);
                at = now;
            }
        }
    }
}
