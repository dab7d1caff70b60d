package org.learncal.change;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/** Hourly, forgets change history older than the retention (every instance may do it: it is idempotent). */
@Singleton
public class ChangePruner {
    private static final Logger LOG = LoggerFactory.getLogger(ChangePruner.class);

    private final ChangeLog log;
    private final ChangeConfiguration configuration;
    private final Clock clock;

    ChangePruner(ChangeLog log, ChangeConfiguration configuration, Clock clock) {
        this.log = log;
        this.configuration = configuration;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void pruneOld() {
        int removed = log.prune(clock.instant().minus(configuration.retention()));
        if (removed > 0) {
            LOG.info("Change feed: {} changes older than {} pruned", removed, configuration.retention());
        }
    }
}
