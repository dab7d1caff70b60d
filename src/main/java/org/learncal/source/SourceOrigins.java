package org.learncal.source;

import jakarta.inject.Singleton;
import org.learncal.event.EventOrigins;
import org.learncal.event.Origin;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Tells the event package which events are mirrored from which source (deleted sources no longer count). */
@Singleton
class SourceOrigins implements EventOrigins {
    private final SourceEventStore links;
    private final SourceStore sources;

    SourceOrigins(SourceEventStore links, SourceStore sources) {
        this.links = links;
        this.sources = sources;
    }

    @Override
    public Map<UUID, Origin> of(Collection<UUID> eventIds) {
        Map<UUID, Origin> origins = new HashMap<>();
        Map<UUID, java.util.Optional<SourceStore.Stored>> found = new HashMap<>();
        for (SourceEventStore.Link link : links.ofEvents(eventIds)) {
            found.computeIfAbsent(link.sourceId(), sources::find).ifPresent(stored -> origins.put(link.eventId(),
                    new Origin(stored.source().id(), stored.source().url().toString(), link.uid(),
                            stored.health().lastSuccess())));
        }
        return origins;
    }
}
