package org.learncal.support;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * For tests whose fixtures must stay inside a time window: {@code @Property(name = "test.fixed-clock",
 * value = "2026-12-01T00:00:00Z")} on the test class stops the service's clock at that instant.
 */
@Factory
@Requires(property = FixedClockFactory.PROPERTY)
public class FixedClockFactory {
    public static final String PROPERTY = "test.fixed-clock";

    @Singleton
    @Replaces(Clock.class)
    Clock fixedClock(@Value("${" + PROPERTY + "}") String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
