package org.learncal.change;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * The change feed's settings: how long the history of superseded changes and deletions is kept (a position
 * older than what was pruned gets 410), and the licence every page states.
 */
@ConfigurationProperties("learncal.changes")
public record ChangeConfiguration(@Bindable(defaultValue = "P7D") Duration retention,
                                  @Bindable(defaultValue = "https://creativecommons.org/licenses/by/4.0/")
                                  String license) {
    public static final Duration MINIMUM_RETENTION = Duration.ofDays(7);

    public ChangeConfiguration {
        if (retention.compareTo(MINIMUM_RETENTION) < 0) {
            throw new IllegalArgumentException("learncal.changes.retention must be at least " + MINIMUM_RETENTION
                    + " (README \"Change feed\"), not " + retention);
        }
    }
}
