package org.learncal.importer;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Which event each imported UID (and occurrence of a series) became, per organizer. */
@Singleton
public class UidStore {
    private final Sql sql;

    public UidStore(Sql sql) {
        this.sql = sql;
    }

    @Transactional
    public Optional<UUID> find(String organizer, String uid, String recurrence) {
        return sql.query("SELECT event_id FROM event_uid WHERE organizer_slug = ? AND uid = ? AND recurrence = ?",
                List.of(organizer, uid, recurrence), row -> row.getObject(1, UUID.class)).stream().findFirst();
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
