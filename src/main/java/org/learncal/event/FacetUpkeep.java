package org.learncal.event;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Keeps {@link FacetTotals} cheap to read: counts every event at the first start (or after a bulk load that
 * cleared the horizon), and moves the horizon to now every few minutes, so that a read only corrects for the
 * few events that ended since. Any instance may do it: each move happens under the catalogue lock.
 */
@Singleton
class FacetUpkeep {
    private static final Logger LOG = LoggerFactory.getLogger(FacetUpkeep.class);

    private final FacetTotals totals;
    private final Clock clock;

    FacetUpkeep(FacetTotals totals, Clock clock) {
        this.totals = totals;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent startup) {
        if (totals.horizon().isEmpty()) {
            long started = System.nanoTime();
            totals.recount(clock.instant());
            LOG.info("Facet totals counted in {} ms", (System.nanoTime() - started) / 1_000_000);
        } else {
            totals.moveHorizon(clock.instant());
        }
    }

    @Scheduled(fixedDelay = "5m", initialDelay = "5m")
    void moveHorizon() {
        totals.moveHorizon(clock.instant());
    }
}
