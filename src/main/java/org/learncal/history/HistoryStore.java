package org.learncal.history;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Records changes in the transaction of the change itself, so that history and data never disagree. */
@Singleton
public class HistoryStore {
    private final Sql sql;

    public HistoryStore(Sql sql) {
        this.sql = sql;
    }

    /** Records one change; an action without field changes (say, an approval) is recorded all the same. */
    @Transactional
    public void record(UUID eventId, String tokenName, Instant at, String action, List<FieldChange> changes) {
        UUID changeId = UUID.randomUUID();
        List<List<?>> rows = new ArrayList<>();
        if (changes.isEmpty()) {
            rows.add(java.util.Arrays.asList(changeId, eventId, tokenName, at, action, null, null, null));
        }
        for (FieldChange change : changes) {
            rows.add(java.util.Arrays.asList(changeId, eventId, tokenName, at, action, change.field(), change.old(),
                    change.value()));
        }
        sql.batch("INSERT INTO event_change (change_id, event_id, token_name, changed_at, action, field, "
                + "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** The changes of one event, oldest first. */
    @Transactional
    public List<HistoryEntry> of(UUID eventId) {
        Map<UUID, HistoryEntry> entries = new LinkedHashMap<>();
        sql.query("SELECT change_id, token_name, changed_at, action, field, old_value, new_value FROM event_change "
                + "WHERE event_id = ? ORDER BY id", List.of(eventId), row -> {
                    HistoryEntry entry = entries.computeIfAbsent(row.getObject("change_id", UUID.class),
                            id -> new HistoryEntry(instant(row), stringOf(row, "token_name"),
                                    stringOf(row, "action"), new ArrayList<>()));
                    String field = row.getString("field");
                    if (field != null) {
                        entry.changes().add(new FieldChange(field, row.getString("old_value"),
                                row.getString("new_value")));
                    }
                    return entry;
                });
        return List.copyOf(entries.values());
    }

    private static Instant instant(java.sql.ResultSet row) {
        try {
            return Sql.instant(row, "changed_at");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String stringOf(java.sql.ResultSet row, String column) {
        try {
            return row.getString(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
