package org.learncal.change;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.catalog.CatalogVersion;
import org.learncal.startup.StartupTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;

/**
 * At startup, records a change for every event that has none: events written before the change feed existed,
 * or put into the database directly (bulk loads). The first bump takes the version's lock, so two instances
 * starting together do this one after the other and the second finds nothing left. Without missing events
 * nothing is written (the version stays, so warm feed caches stay valid).
 * <p>Looking for such events reads every event, so it runs in the background: only the change feed needs it,
 * and it waits for it ({@link #awaitStartup}). Feeds do not: a late bump re-renders them to the same bytes.
 */
@Singleton
public class ChangeBackfill {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeBackfill.class);

    private final CatalogVersion version;
    private final ChangeLog log;
    private final StartupTasks tasks;
    private volatile StartupTasks.Task startup;
    private volatile boolean recorded;

    ChangeBackfill(CatalogVersion version, ChangeLog log, StartupTasks tasks) {
        this.version = version;
        this.log = log;
        this.tasks = tasks;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        startup = tasks.start("change backfill", this::recordLogged);
    }

    /**
     * Returns once every event written before this start has a change recorded: waits for the start-up
     * backfill, or records them here if it failed (the database was down) or has not been started.
     */
    public void awaitStartup() {
        if (recorded) {
            return;
        }
        StartupTasks.Task task = startup;
        if (task != null) {
            task.await();
        }
        synchronized (this) {
            if (!recorded && (task == null || !task.succeeded())) {
                recordLogged();
            }
            recorded = true;
        }
    }

    private void recordLogged() {
        long started = System.nanoTime();
        int count = recordUnrecorded();
        if (count > 0) {
            LOG.info("Change feed: {} events without a change recorded in {} ms", count,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    @Transactional
    public int recordUnrecorded() {
        if (log.unrecorded().isEmpty()) {
            return 0;
        }
        version.bump();
        List<UUID> missing = log.unrecorded();
        if (!missing.isEmpty()) {
            version.bump(missing);
        }
        return missing.size();
    }
}
