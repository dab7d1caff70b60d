package org.learncal.source;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Which events each source mirrors, under which UID and occurrence, and when the source last wrote each. */
@Singleton
public class SourceEventStore {
    /** One mirrored event; {@code writtenAt} is the updatedAt the source's own last write left on it. */
    public record Link(UUID eventId, UUID sourceId, String uid, String recurrence, Instant writtenAt) {
    }

    private final Sql sql;

    SourceEventStore(Sql sql) {
        this.sql = sql;
    }

    @Transactional
    public List<Link> of(UUID sourceId) {
        return sql.query("SELECT event_id, source_id, uid, recurrence, written_at FROM source_event "
                + "WHERE source_id = ?", List.of(sourceId), SourceEventStore::read);
    }

    @Transactional
    public List<Link> ofEvents(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return List.of();
        }
        List<Object> ids = new ArrayList<>(eventIds);
        return sql.query("SELECT event_id, source_id, uid, recurrence, written_at FROM source_event "
                + "WHERE event_id IN (" + "?, ".repeat(ids.size() - 1) + "?)", ids, SourceEventStore::read);
    }

    /** Records that the source wrote (or first found) this event. */
    @Transactional
    public void wrote(Link link) {
        if (sql.update("UPDATE source_event SET source_id = ?, uid = ?, recurrence = ?, written_at = ? "
                + "WHERE event_id = ?", List.of(link.sourceId(), link.uid(), link.recurrence(), link.writtenAt(),
                link.eventId())) == 0) {
            sql.update("INSERT INTO source_event (event_id, source_id, uid, recurrence, written_at) "
                    + "VALUES (?, ?, ?, ?, ?)", List.of(link.eventId(), link.sourceId(), link.uid(),
                    link.recurrence(), link.writtenAt()));
        }
    }

    private static Link read(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Link(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3),
                row.getString(4), Sql.instant(row, "written_at"));
    }
}
