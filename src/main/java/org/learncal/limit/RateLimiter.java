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
 */
@Singleton
public class RateLimiter {
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final int capacity;
    private final double perMilli;
    private final Clock clock;

    public RateLimiter(RateLimitConfiguration configuration, Clock clock) {
        this.capacity = Math.max(1, configuration.writesPerMinute());
        this.perMilli = capacity / 60_000.0;
        this.clock = clock;
    }

    public void spend(String key) {
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
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

    /** The tokens left in one key's bucket, refilled lazily when spent. */
    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        void refill(long now, int capacity, double perMilli) {
            if (now > at) {
                tokens = Math.min(capacity, tokens + (now - at) * perMilli);
                at = now;
            }
        }
    }
}
