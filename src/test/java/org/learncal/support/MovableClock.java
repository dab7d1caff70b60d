package org.learncal.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock, stopped at {@code test.movable-clock} and moved on only by the test
 * ({@link #advance}), for behaviour that depends on time passing (idle sessions, sign-in windows).
 */
public final class MovableClock extends Clock {
    public static final String PROPERTY = "test.movable-clock";

    private volatile Instant now;

    private MovableClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service's clock is UTC");
    }

    /** Makes the clock the service's one when a test sets {@link #PROPERTY}. */
    @Factory
    @Requires(property = PROPERTY)
    static class Maker {
        @Singleton
        @Replaces(Clock.class)
        MovableClock movableClock(@Value("${" + PROPERTY + "}") String start) {
            return new MovableClock(Instant.parse(start));
        }
    }
}
