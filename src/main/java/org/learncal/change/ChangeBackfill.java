package org.learncal.change;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.catalog.CatalogVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;

/**
 * At startup, records a change for every event that has none: events written before the change feed existed,
 * or put into the database directly (bulk loads). The first bump takes the version's lock, so two instances
 * starting together do this one after the other and the second finds nothing left. Without missing events
 * nothing is written (the version stays, so warm feed caches stay valid).
 */
@Singleton
public class ChangeBackfill {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeBackfill.class);

    private final CatalogVersion version;
    private final ChangeLog log;

    ChangeBackfill(CatalogVersion version, ChangeLog log) {
        this.version = version;
        this.log = log;
    }

    @EventListener
    void onStartup(StartupEvent startup) {
        long started = System.nanoTime();
        int recorded = recordUnrecorded();
        if (recorded > 0) {
            LOG.info("Change feed: {} events without a change recorded in {} ms", recorded,
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
