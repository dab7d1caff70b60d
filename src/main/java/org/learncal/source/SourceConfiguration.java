package org.learncal.source;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Settings of the poller: {@code allowPrivate} lets pulls reach loopback and private addresses (tests,
 * intranets; LEARNCAL_SOURCES_ALLOW_PRIVATE); {@code maxCancelShare} is the share of a source's live events a
 * run may cancel before the circuit breaker holds it; {@code pollEvery} how often each instance looks for due
 * sources, at most {@code batch} at a time; {@code lease} how long a pull may hold a source (longer than a
 * pull and its import); {@code connectTimeout} and {@code pullTimeout} (the whole pull, redirects included)
 * bound the time one pull may take.
 */
@ConfigurationProperties("learncal.sources")
public record SourceConfiguration(@Bindable(defaultValue = "false") boolean allowPrivate,
                                  @Bindable(defaultValue = "0.2") double maxCancelShare,
                                  @Bindable(defaultValue = "true") boolean pollerEnabled,
                                  @Bindable(defaultValue = "20") int batch,
                                  @Bindable(defaultValue = "PT5M") Duration lease,
                                  @Bindable(defaultValue = "PT5S") Duration connectTimeout,
                                  @Bindable(defaultValue = "PT30S") Duration pullTimeout) {
}
