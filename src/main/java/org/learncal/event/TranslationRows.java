package org.learncal.event;

import jakarta.inject.Singleton;
import org.learncal.db.Sql;
import org.learncal.text.Wire;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Maps an event's {@link Translations} to the rows of {@code event_translation} (V120) and back. */
@Singleton
class TranslationRows {
    private final Sql sql;

    TranslationRows(Sql sql) {
        this.sql = sql;
    }

    /** Replaces the stored translations of the event by its own, in the caller's transaction. */
    void replace(Event event) {
        sql.update("DELETE FROM event_translation WHERE event_id = ?", List.of(event.id()));
        insert(event);
    }

    /** Stores the translations of a new event (none to insert: no statement). */
    void insert(Event event) {
        if (event.translations().isEmpty()) {
            return;
        }
        sql.batch("INSERT INTO event_translation (event_id, language, title, description, status_reason, origin, "
                + "outdated) VALUES (?, ?, ?, ?, ?, ?, ?)", event.translations().byLanguage().entrySet().stream()
                .<List<?>>map(entry -> java.util.Arrays.asList(event.id(), entry.getKey(), entry.getValue().title(),
                        entry.getValue().description(), entry.getValue().statusReason(),
                        Wire.of(entry.getValue().origin()), entry.getValue().outdated())).toList());
    }

    /** The translations of these events; events without any are absent from the map. */
    Map<UUID, Translations> load(List<UUID> ids) {
        String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Map<UUID, Map<String, Translation>> rows = new HashMap<>();
        sql.query("SELECT event_id, language, title, description, status_reason, origin, outdated "
                + "FROM event_translation WHERE event_id IN (" + in + ")", ids, row -> rows
                .computeIfAbsent(row.getObject("event_id", UUID.class), id -> new HashMap<>())
                .put(row.getString("language"), new Translation(row.getString("title"), row.getString("description"),
                        row.getString("status_reason"), Wire.parse(Translation.Origin.class, row.getString("origin"))
                        .orElseThrow(), row.getBoolean("outdated"))));
        Map<UUID, Translations> translations = new HashMap<>();
        rows.forEach((id, byLanguage) -> translations.put(id, new Translations(byLanguage)));
        return translations;
    }
}
