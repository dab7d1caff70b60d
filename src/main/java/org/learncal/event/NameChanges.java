package org.learncal.event;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.util.List;
import java.util.UUID;

/**
 * Events are found by their organizers' and city's names, which their search terms hold; when such a name
 * changes, the terms of every event carrying it are written again, in the transaction of the rename, so that a
 * search finds them by the new name and no longer by the old one.
 */
@Singleton
public class NameChanges {
    private static final int CHUNK = 500;

    private final Sql sql;
    private final EventStore store;
    private final EventTextIndex textIndex;

    NameChanges(Sql sql, EventStore store, EventTextIndex textIndex) {
        this.sql = sql;
        this.store = store;
        this.textIndex = textIndex;
    }

    @Transactional
    public void organizerRenamed(String slug) {
        reindex("SELECT event_id FROM event_organizer WHERE organizer_slug = ?", slug);
    }

    @Transactional
    public void cityRenamed(String slug) {
        reindex("SELECT id FROM event WHERE city_slug = ?", slug);
    }

    private void reindex(String selectIds, String slug) {
        List<UUID> ids = sql.query(selectIds, List.of(slug), row -> row.getObject(1, UUID.class));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            textIndex.reindex(store.loadAny(ids.subList(from, Math.min(ids.size(), from + CHUNK))));
        }
    }
}
