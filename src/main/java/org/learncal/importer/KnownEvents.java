package org.learncal.importer;

import org.learncal.event.Event;
import org.learncal.event.EventStore;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stored events that a file's occurrences already became, read at the start of a run a few queries a chunk
 * of 500, instead of two lookups (UID, then the event) for each occurrence. The run tells it what it writes, so
 * that an occurrence the file repeats meets the event as the run left it.
 */
final class KnownEvents {
    private final Map<List<String>, UUID> ids;
    private final Map<UUID, Event> events;

    private KnownEvents(Map<List<String>, UUID> ids, Map<UUID, Event> events) {
        this.ids = ids;
        this.events = events;
    }

    static KnownEvents load(UidStore uids, EventStore store, String organizer, List<Occurrence> occurrences) {
        Set<String> fileUids = occurrences.stream().map(Occurrence::uid)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<List<String>, UUID> ids = uids.findAll(organizer, fileUids);
        Map<UUID, Event> events = store.loadAny(List.copyOf(new LinkedHashSet<>(ids.values()))).stream()
                .collect(Collectors.toMap(Event::id, Function.identity(), (a, b) -> a, HashMap::new));
        return new KnownEvents(new HashMap<>(ids), events);
    }

    /** The stored event of this occurrence, if an earlier import made one. */
    Optional<Event> find(Occurrence occurrence) {
        UUID id = ids.get(key(occurrence));
        if (id == null) {
            return Optional.empty();
        }
        Event event = events.get(id);
        if (event == null) {
            throw new IllegalStateException("event_uid names event " + id + ", which is not stored");
        }
        return Optional.of(event);
    }

    /** Records what the run wrote for this occurrence: the event as stored now. */
    void wrote(Occurrence occurrence, Event event) {
        ids.put(key(occurrence), event.id());
        events.put(event.id(), event);
    }

    private static List<String> key(Occurrence occurrence) {
        return List.of(occurrence.uid(), occurrence.recurrence());
    }
}
