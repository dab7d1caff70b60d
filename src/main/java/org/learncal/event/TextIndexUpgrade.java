package org.learncal.event;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.UUID;

/**
 * Rebuilds the full-text terms of every stored event once, at the first start after the term rules changed
 * ({@link EventTextIndex#VERSION}): events written by older versions were indexed by older rules, or not at all.
 */
@Singleton
class TextIndexUpgrade {
    private static final Logger LOG = LoggerFactory.getLogger(TextIndexUpgrade.class);
    private static final int CHUNK = 500;

    private final Sql sql;
    private final EventStore store;
    private final EventTextIndex index;

    TextIndexUpgrade(Sql sql, EventStore store, EventTextIndex index) {
        this.sql = sql;
        this.store = store;
        this.index = index;
    }

    @EventListener
    void onStartup(StartupEvent startup) {
        int stored = sql.query("SELECT version FROM search_index_version WHERE id = 1", List.of(),
                row -> row.getInt(1)).get(0);
        if (stored >= EventTextIndex.VERSION) {
            return;
        }
        int count = 0;
        List<UUID> ids = next(null);
        while (!ids.isEmpty()) {
            index.reindex(store.loadAny(ids));
            count += ids.size();
            ids = next(ids.get(ids.size() - 1));
        }
        sql.update("UPDATE search_index_version SET version = ? WHERE id = 1", List.of(EventTextIndex.VERSION));
        LOG.info("Full-text index rebuilt from version {} to {}: {} events", stored, EventTextIndex.VERSION, count);
    }

    /** The ids of up to CHUNK events after {@code after}, or of the first ones when it is null. */
    private List<UUID> next(UUID after) {
        return sql.query("SELECT id FROM event" + (after == null ? "" : " WHERE id > ?") + " ORDER BY id LIMIT "
                + CHUNK, after == null ? List.of() : List.of(after), row -> row.getObject(1, UUID.class));
    }
}
