package org.learncal.importer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Which event each imported UID (and occurrence of a series) became, per organizer. */
@Singleton
public class UidStore {
    private static final int CHUNK = 500;
    private final Sql sql;

    public UidStore(Sql sql) {
        this.sql = sql;
    }

    /** The events these UIDs (every occurrence of each) became: (UID, RECURRENCE-ID) to event id, one query a chunk. */
    @Transactional
    public Map<List<String>, UUID> findAll(String organizer, Collection<String> uids) {
        Map<List<String>, UUID> found = new HashMap<>();
        List<String> all = List.copyOf(uids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Object> parameters = new ArrayList<>(List.of(organizer));
            parameters.addAll(all.subList(from, Math.min(all.size(), from + CHUNK)));
            sql.query("SELECT uid, recurrence, event_id FROM event_uid WHERE organizer_slug = ? AND uid IN ("
                            + String.join(", ", Collections.nCopies(parameters.size() - 1, "?")) + ")", parameters,
                    row -> found.put(List.of(row.getString(1), row.getString(2)), row.getObject(3, UUID.class)));
        }
        return found;
    }

    @Transactional
    public void insert(UUID eventId, String organizer, String uid, String recurrence) {
        sql.update("INSERT INTO event_uid (event_id, organizer_slug, uid, recurrence) VALUES (?, ?, ?, ?)",
                List.of(eventId, organizer, uid, recurrence));
    }

    /** The stored occurrences of a series: RECURRENCE-ID to event id. */
    @Transactional
    public Map<String, UUID> occurrences(String organizer, String uid) {
        Map<String, UUID> occurrences = new LinkedHashMap<>();
        sql.query("SELECT recurrence, event_id FROM event_uid WHERE organizer_slug = ? AND uid = ? "
                + "AND recurrence <> '' ORDER BY recurrence", List.of(organizer, uid),
                row -> occurrences.put(row.getString(1), row.getObject(2, UUID.class)));
        return occurrences;
    }
}
