package org.learncal.history;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records changes in the transaction of the change itself, so that history and data never disagree. A change of
 * one field is one row; a change of several (a creation: every field) is one row too, its field {@value #SEVERAL}
 * and its new_value the list of field changes in JSON, so that writing an event costs one history row, not one
 * per field. Rows written one per field before V150 read as they always did.
 */
@Singleton
public class HistoryStore {
    static final String SEVERAL = "*";
    private static final Argument<List<FieldChange>> CHANGES = Argument.listOf(FieldChange.class);

    private final Sql sql;
    private final ObjectMapper json;

    public HistoryStore(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /**
     * Records one change and answers it as history shows it; an action without field changes (say, an
     * approval) is recorded all the same.
     */
    @Transactional
    public HistoryEntry record(UUID eventId, String tokenName, Instant at, String action,
                               List<FieldChange> changes) {
        UUID changeId = UUID.randomUUID();
        FieldChange stored = changes.isEmpty() ? new FieldChange(null, null, null)
                : changes.size() == 1 ? changes.get(0) : new FieldChange(SEVERAL, null, write(changes));
        sql.update("INSERT INTO event_change (change_id, event_id, token_name, changed_at, action, field, "
                + "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(changeId, eventId, tokenName,
                at, action, stored.field(), stored.old(), stored.value()));
        return new HistoryEntry(at, tokenName, action, List.copyOf(changes));
    }

    /** One stored row: field changes within the change {@code changeId} (none, one, or several in one row). */
    private record Row(UUID changeId, String token, Instant at, String action, List<FieldChange> changes) {
    }

    /** The changes of one event, oldest first, each with the fields it changed. */
    @Transactional
    public List<HistoryEntry> of(UUID eventId) {
        List<Row> rows = sql.query("SELECT change_id, token_name, changed_at, action, field, old_value, new_value "
                + "FROM event_change WHERE event_id = ? ORDER BY id", List.of(eventId), row -> new Row(
                row.getObject("change_id", UUID.class), row.getString("token_name"), Sql.instant(row, "changed_at"),
                row.getString("action"), read(row.getString("field"), row.getString("old_value"),
                row.getString("new_value"))));
        Map<UUID, HistoryEntry> entries = new LinkedHashMap<>();
        for (Row row : rows) {
            HistoryEntry entry = entries.computeIfAbsent(row.changeId(),
                    id -> new HistoryEntry(row.at(), row.token(), row.action(), new ArrayList<>()));
            entry.changes().addAll(row.changes());
        }
        return List.copyOf(entries.values());
    }

    private List<FieldChange> read(String field, String old, String value) {
        if (field == null) {
            return List.of();
        }
        if (!SEVERAL.equals(field)) {
            return List.of(new FieldChange(field, old, value));
        }
        try {
            return json.readValue(value, CHANGES);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable history row: " + value, e);
        }
    }

    private String write(List<FieldChange> changes) {
        try {
            return json.writeValueAsString(CHANGES, changes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
