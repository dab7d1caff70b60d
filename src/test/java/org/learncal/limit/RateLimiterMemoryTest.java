package org.learncal.limit;

import org.junit.jupiter.api.Test;
import org.learncal.problem.ProblemException;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The limiter forgets tokens whose bucket has refilled, keeps those that still owe, and counts admin apart. */
class RateLimiterMemoryTest {
    private final MovingClock clock = new MovingClock();
    private final RateLimiter limiter = new RateLimiter(new RateLimitConfiguration(3, 5), clock);

    @Test
    void aThousandTokensIdleForAMinuteAreForgotten() {
        IntStream.range(0, 1000).forEach(token -> limiter.spend("token-" + token, false));
        assertEquals(1000, limiter.size());
        clock.advance(60_000);
        limiter.spend("token-new", false);
        assertEquals(1, limiter.size());
    }

    @Test
    void aTokenThatWroteWithinTheMinuteKeepsWhatItSpent() {
        clock.advance(30_000);
        IntStream.range(0, 3).forEach(write -> limiter.spend("busy", false));
        clock.advance(30_000);
        limiter.spend("other", false);
        assertEquals(2, limiter.size(), "pruned at 60 s: busy wrote 30 s ago");
        limiter.spend("busy", false);
        assertThrows(ProblemException.class, () -> limiter.spend("busy", false), "1.5 refilled in 30 s");
    }

    @Test
    void theAdminTokenHasItsOwnBudget() {
        IntStream.range(0, 5).forEach(write -> limiter.spend("admin", true));
        ProblemException refused = assertThrows(ProblemException.class, () -> limiter.spend("admin", true));
        assertEquals("This token may make 5 writes per minute; try again in 12 s", refused.getMessage());
        assertEquals("12", refused.headers().get("Retry-After"));
    }

    /** A clock that moves only when told. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T00:00:00Z");

        void advance(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
