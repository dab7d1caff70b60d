package org.learncal.change;

import io.micronaut.context.BeanProvider;
import jakarta.inject.Singleton;
import org.learncal.catalog.EventChangeListener;
import org.learncal.event.Event;
import org.learncal.event.EventStatus;
import org.learncal.event.EventStore;
import org.learncal.text.SearchText;
import org.learncal.text.Wire;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Writes one change-log row per changed event, inside the writer's transaction and under the catalogue
 * version's lock, from the event as that transaction now sees it.
 */
@Singleton
public class ChangeRecorder implements EventChangeListener {
    private static final int CHUNK = 500;

    private final BeanProvider<EventStore> events;
    private final ChangeLog log;
    private final Clock clock;

    // the store is looked up when first needed: it bumps the catalogue version, which calls this listener
    ChangeRecorder(BeanProvider<EventStore> events, ChangeLog log, Clock clock) {
        this.events = events;
        this.log = log;
        this.clock = clock;
    }

    @Override
    public void changed(List<UUID> eventIds, long version) {
        for (int from = 0; from < eventIds.size(); from += CHUNK) {
            List<UUID> chunk = eventIds.subList(from, Math.min(eventIds.size(), from + CHUNK));
            Set<UUID> published = events.get().published(chunk);
            log.insert(events.get().loadAny(chunk).stream()
                    .map(event -> snapshot(event, version, published.contains(event.id()))).toList());
        }
    }

    private ChangeSnapshot snapshot(Event event, long version, boolean published) {
        return new ChangeSnapshot(version, event.id(), clock.instant(),
                published && event.status() != EventStatus.CANCELLED, event.networkSlug(), event.citySlug(),
                event.spokenLanguages(), Wire.of(event.format()), event.cost().free(), event.organizerSlugs(),
                event.topicSlugs(), SearchText.fold(event.title() + "\n" + event.description()));
    }
}
