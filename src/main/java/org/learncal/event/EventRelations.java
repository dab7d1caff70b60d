package org.learncal.event;

import org.learncal.db.Sql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/**
 * The rows of an event's organizers, topics and spoken languages. A revision rewrites only the relations that
 * changed: a source run that moves an event's time leaves its organizer, topic and language rows alone.
 */
final class EventRelations {
    private EventRelations() {
    }

    static void insert(Sql sql, Event event) {
        insertOrganizers(sql, event);
        insertTopics(sql, event);
        insertSpoken(sql, event);
    }

    /** Replaces the relations of {@code stored} that {@code revised} changed (topics have no order). */
    static void replace(Sql sql, Event stored, Event revised) {
        List<UUID> id = List.of(revised.id());
        if (!stored.organizerSlugs().equals(revised.organizerSlugs())) {
            sql.update("DELETE FROM event_organizer WHERE event_id = ?", id);
            insertOrganizers(sql, revised);
        }
        if (!new HashSet<>(stored.topicSlugs()).equals(new HashSet<>(revised.topicSlugs()))) {
            sql.update("DELETE FROM event_topic WHERE event_id = ?", id);
            insertTopics(sql, revised);
        }
        if (!stored.spokenLanguages().equals(revised.spokenLanguages())) {
            sql.update("DELETE FROM event_spoken_language WHERE event_id = ?", id);
            insertSpoken(sql, revised);
        }
    }

    private static void insertOrganizers(Sql sql, Event event) {
        sql.batch("INSERT INTO event_organizer (event_id, organizer_slug, position) VALUES (?, ?, ?)",
                positioned(event.id(), event.organizerSlugs()));
    }

    private static void insertTopics(Sql sql, Event event) {
        sql.batch("INSERT INTO event_topic (event_id, topic_slug) VALUES (?, ?)",
                event.topicSlugs().stream().<List<?>>map(topic -> List.of(event.id(), topic)).toList());
    }

    private static void insertSpoken(Sql sql, Event event) {
        sql.batch("INSERT INTO event_spoken_language (event_id, language, position) VALUES (?, ?, ?)",
                positioned(event.id(), event.spokenLanguages()));
    }

    /** Rows (event id, value, position) of an ordered relation. */
    private static List<List<?>> positioned(UUID eventId, List<String> values) {
        List<List<?>> rows = new ArrayList<>();
        for (int position = 0; position < values.size(); position++) {
            rows.add(List.of(eventId, values.get(position), position));
        }
        return rows;
    }
}
