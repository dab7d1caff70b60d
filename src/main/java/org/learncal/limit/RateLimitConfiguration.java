package org.learncal.limit;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How many writes one token may make per minute (bursts up to that many, refilled evenly), and the admin
 * token's own budget: large enough for a network's first bulk registration of its events.
 */
@ConfigurationProperties("learncal.rate-limit")
public record RateLimitConfiguration(@Bindable(defaultValue = "60") int writesPerMinute,
                                     @Bindable(defaultValue = "6000") int adminWritesPerMinute) {
}
