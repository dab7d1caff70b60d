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

    /**
     * Records one change and answers it as history shows it; an action without field changes (say, an
     * approval) is recorded all the same.
     */
    @Transactional
    public HistoryEntry record(UUID eventId, String tokenName, Instant at, String action,
                               List<FieldChange> changes) {
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
        return new HistoryEntry(at, tokenName, action, List.copyOf(changes));
    }

    /** One stored row: a field change within the change {@code changeId}. */
    private record Row(UUID changeId, String token, Instant at, String action, FieldChange change) {
    }

    /** The changes of one event, oldest first, each with the fields it changed. */
    @Transactional
    public List<HistoryEntry> of(UUID eventId) {
        List<Row> rows = sql.query("SELECT change_id, token_name, changed_at, action, field, old_value, new_value "
                + "FROM event_change WHERE event_id = ? ORDER BY id", List.of(eventId), row -> new Row(
                row.getObject("change_id", UUID.class), row.getString("token_name"), Sql.instant(row, "changed_at"),
                row.getString("action"), row.getString("field") == null ? null : new FieldChange(
                row.getString("field"), row.getString("old_value"), row.getString("new_value"))));
        Map<UUID, HistoryEntry> entries = new LinkedHashMap<>();
        for (Row row : rows) {
            HistoryEntry entry = entries.computeIfAbsent(row.changeId(),
                    id -> new HistoryEntry(row.at(), row.token(), row.action(), new ArrayList<>()));
            if (row.change() != null) {
                entry.changes().add(row.change());
            }
        }
        return List.copyOf(entries.values());
    }
}
