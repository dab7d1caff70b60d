package org.learncal.event;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.learncal.startup.StartupTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * Keeps {@link FacetTotals} cheap to read: counts every event at the first start (or after a bulk load that
 * cleared the horizon), and moves the horizon to now every few minutes, so that a read only corrects for the
 * few events that ended since. Any instance may do it: each move happens under the catalogue lock.
 * <p>At a start both run in the background: until the first count, searches count facets themselves, and a
 * horizon left behind only makes a read correct for a few more events.
 */
@Singleton
class FacetUpkeep {
    private static final Logger LOG = LoggerFactory.getLogger(FacetUpkeep.class);

    private final FacetTotals totals;
    private final Clock clock;
    private final StartupTasks tasks;

    FacetUpkeep(FacetTotals totals, Clock clock, StartupTasks tasks) {
        this.totals = totals;
        this.clock = clock;
        this.tasks = tasks;
    }

    @EventListener
    void onStartup(StartupEvent startup) {
        tasks.start("facet totals", this::countOrMoveHorizon);
    }

    private void countOrMoveHorizon() {
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
