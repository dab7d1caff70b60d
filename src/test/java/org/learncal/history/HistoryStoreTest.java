package org.learncal.history;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.db.Sql;
import org.learncal.event.Event;
import org.learncal.event.EventStore;
import org.learncal.support.TestEvents;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A change of several fields costs one history row and reads back field by field, in order. */
@MicronautTest(transactional = false)
class HistoryStoreTest {
    @Inject
    HistoryStore history;

    @Inject
    EventStore events;

    @Inject
    Sql sql;

    @Test
    void severalFieldChangesAreOneRowAndReadBackExactly() {
        Event event = TestEvents.online("History rows", LocalDateTime.of(2027, 7, 9, 10, 0), "Europe/Paris");
        events.insert(event);
        List<FieldChange> changes = List.of(new FieldChange("title", null, "Atelier \"lecture\", 1\\2"),
                new FieldChange("description", "avant", null), new FieldChange("joinUrl", null, "https://a.example/j"));
        Instant at = Instant.parse("2027-01-02T03:04:05Z");
        history.record(event.id(), "tester", at, "created", changes);
        history.record(event.id(), "tester", at.plusSeconds(1), "updated", List.of(changes.get(1)));
        history.record(event.id(), "reviewer", at.plusSeconds(2), "approved", List.of());
        assertEquals(3L, sql.query("SELECT COUNT(*) FROM event_change WHERE event_id = ?", List.of(event.id()),
                row -> row.getLong(1)).get(0));
        assertEquals(List.of(new HistoryEntry(at, "tester", "created", changes),
                        new HistoryEntry(at.plusSeconds(1), "tester", "updated", List.of(changes.get(1))),
                        new HistoryEntry(at.plusSeconds(2), "reviewer", "approved", List.of())),
                history.of(event.id()));
        assertEquals(Arrays.asList("*", null), sql.query("SELECT field, old_value FROM event_change WHERE event_id = ? "
                + "AND action = 'created'", List.of(event.id()), row -> Arrays.asList(row.getString(1),
                row.getString(2))).get(0));
    }
}
