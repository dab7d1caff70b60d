package org.learncal.feed;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.learncal.event.Event;
import org.learncal.event.EventDetails;
import org.learncal.event.EventDetailsLoader;
import org.learncal.event.EventStamp;
import org.learncal.event.EventStore;
import org.learncal.reference.CityStore;
import org.learncal.reference.OrganizerStore;
import org.learncal.reference.TopicStore;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Rendered VEVENTs, so that a change to one event re-renders one event, not the whole feed. A fragment is
 * reused while the event's {@code updatedAt} and sequence and the reference data it shows (organizers,
 * cities, topic labels) are those it was rendered from; the rest is loaded and rendered.
 */
@Singleton
class EventFragments {
    /** A rendered event; {@code everyLanguage}: it has no translations, so every language gets these bytes. */
    private record Fragment(Instant updatedAt, int sequence, String references, boolean everyLanguage,
                            byte[] bytes) {

        boolean renders(EventStamp event, String currentReferences) {
            return updatedAt.equals(event.updatedAt()) && sequence == event.sequence()
                    && references.equals(currentReferences);
        }
    }

    /**
     * An event rendered with its text in a language (null: the original), one fragment per variant; an event
     * without translations has one fragment, under null, that every language shares (its text is the original
     * whatever the language asked for, see {@link VEventWriter#write}), so a feed in another language reuses it.
     */
    private record Variant(UUID id, @Nullable String language) {
    }

    /** An event rendered now, with the version of it that was rendered. */
    private record Rendered(UUID id, Instant updatedAt, int sequence, boolean everyLanguage, byte[] bytes) {
    }

    private static final int PARALLEL_FROM = 64;
    private static final int CHUNK = 250;

    private final EventStore store;
    private final EventDetailsLoader details;
    private final VEventWriter writer;
    private final OrganizerStore organizers;
    private final CityStore cities;
    private final TopicStore topics;
    private final int capacity;
    private final ReentrantLock renderTurn = new ReentrantLock(true);
    private final LinkedHashMap<Variant, Fragment> fragments = new LinkedHashMap<>(1024, 0.75f, true);

    EventFragments(EventStore store, EventDetailsLoader details, VEventWriter writer, OrganizerStore organizers,
                   CityStore cities, TopicStore topics, FeedConfiguration configuration) {
        this.store = store;
        this.details = details;
        this.writer = writer;
        this.organizers = organizers;
        this.cities = cities;
        this.topics = topics;
        this.capacity = configuration.cacheEvents();
    }

    /**
     * The rendered VEVENT of each event, by id. Renders of missing events take turns: a feed asked for while
     * the start-up warm-up renders the catalogue waits for it and then finds its events rendered, rather than
     * rendering them a second time beside it.
     */
    Map<UUID, byte[]> render(List<EventStamp> events) {
        return render(events, null);
    }

    /** The same with each event's text in {@code language} where it has a translation (null: the original). */
    Map<UUID, byte[]> render(List<EventStamp> events, @Nullable String language) {
        Map<UUID, byte[]> rendered = new HashMap<>(events.size() * 2);
        renderInto(events, language, rendered);
        return rendered;
    }

    /** Renders those of {@code events} without a current fragment in {@code language}; answers how many. */
    int renderMissing(List<EventStamp> events, @Nullable String language) {
        return renderInto(events, language, new HashMap<>(events.size() * 2));
    }

    /**
     * The turn is fair: a request waiting behind a background render ({@link FeedPrerender}) gets it as soon as the
     * chunk under way is done, and then renders itself whatever is still missing.
     */
    private int renderInto(List<EventStamp> events, @Nullable String language, Map<UUID, byte[]> rendered) {
        String references = referenceDigest();
        List<EventStamp> missing = reuse(events, language, references, rendered);
        if (missing.isEmpty()) {
            return 0;
        }
        renderTurn.lock();
        try {
            List<EventStamp> stillMissing = reuse(missing, language, references, rendered);
            renderMissing(stillMissing, language, references, rendered);
            return stillMissing.size();
        } finally {
            renderTurn.unlock();
        }
    }

    /** Puts the still-current fragments of {@code events} into {@code rendered}; returns the other events. */
    private synchronized List<EventStamp> reuse(List<EventStamp> events, @Nullable String language,
                                                String references, Map<UUID, byte[]> rendered) {
        List<EventStamp> missing = new ArrayList<>();
        for (EventStamp event : events) {
            Fragment fragment = fragments.get(new Variant(event.id(), language));
            if ((fragment == null || !fragment.renders(event, references)) && language != null) {
                Fragment shared = fragments.get(new Variant(event.id(), null));
                fragment = shared != null && shared.everyLanguage() ? shared : null;
            }
            if (fragment != null && fragment.renders(event, references)) {
                rendered.put(event.id(), fragment.bytes());
            } else {
                missing.add(event);
            }
        }
        return missing;
    }

    private void renderMissing(List<EventStamp> missing, @Nullable String language, String references,
                               Map<UUID, byte[]> rendered) {
        // Loading and rendering are per event: a bulk load's thousands of new events are taken in chunks, each
        // loaded and rendered on its own, so that every core works and one's reads overlap another's rendering.
        List<List<EventStamp>> chunks = new ArrayList<>();
        for (int from = 0; from < missing.size(); from += CHUNK) {
            chunks.add(missing.subList(from, Math.min(missing.size(), from + CHUNK)));
        }
        List<List<Rendered>> written = (missing.size() > PARALLEL_FROM ? chunks.parallelStream() : chunks.stream())
                .map(chunk -> renderChunk(chunk, language)).toList();
        for (List<Rendered> chunk : written) {
            for (Rendered event : chunk) {
                rendered.put(event.id(), event.bytes());
                remember(new Variant(event.id(), event.everyLanguage() ? null : language), new Fragment(
                        event.updatedAt(), event.sequence(), references, event.everyLanguage(), event.bytes()));
            }
        }
    }

    private List<Rendered> renderChunk(List<EventStamp> chunk, @Nullable String language) {
        List<EventDetails> loaded = details.load(store.load(chunk.stream().map(EventStamp::id).toList()));
        List<Rendered> written = new ArrayList<>(loaded.size());
        IcsWriter out = new IcsWriter(4096);
        for (EventDetails event : loaded) {
            Event loadedEvent = event.event();
            written.add(new Rendered(loadedEvent.id(), loadedEvent.updatedAt(), loadedEvent.sequence(),
                    loadedEvent.translations().languages().isEmpty(), writer.write(out, event, language).take()));
        }
        return written;
    }

    private synchronized void remember(Variant variant, Fragment fragment) {
        fragments.put(variant, fragment);
        if (fragments.size() > capacity) {
            fragments.remove(fragments.keySet().iterator().next());
        }
    }

    /** A digest of every organizer, city and topic: the reference data a VEVENT may show. */
    private String referenceDigest() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Object row : List.of(organizers.findAll(), cities.findAll(), topics.findAll())) {
                digest.update(row.toString().getBytes(StandardCharsets.UTF_8));
            }
            return java.util.Base64.getEncoder().encodeToString(digest.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
