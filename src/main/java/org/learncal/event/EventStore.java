package org.learncal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.db.Sql;
import org.learncal.text.Wire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Stores events with their spoken languages, organizers and topics, each write in one transaction.
 * {@link #find} and {@link #load} see published (approved) events only, as every public reader must; {@code findAny} and
 * {@code loadAny} also see pending and rejected ones, for their owners.
 */
@Singleton
public class EventStore {
    /** The one condition that makes an event (aliased {@code e}) public: reviewed and approved. */
    public static final String PUBLISHED = "e.review = 'approved'";
    private static final int CHUNK = 500;
    private static final String INSERT = "INSERT INTO event (" + EventRows.COLUMNS + ") VALUES ("
            + String.join(", ", Collections.nCopies(EventRows.COLUMNS.split(",").length, "?")) + ")";
    private static final List<String> UPDATED = List.of(EventRows.COLUMNS.split(",\\s*"))
            .subList(1, EventRows.COLUMNS.split(",").length);
    private static final String UPDATE = update(UPDATED);
    /** The UPDATE of a revision whose terms stay as they are: search_text (the last column) is left alone. */
    private static final String UPDATE_KEEPING_TERMS = update(UPDATED.subList(0, UPDATED.size() - 1));

    private final Sql sql;
    private final EventTextIndex textIndex;
    private final TranslationRows translations;
    private final EventSettling settling;

    EventStore(Sql sql, EventTextIndex textIndex, TranslationRows translations, EventSettling settling) {
        this.sql = sql;
        this.translations = translations;
        this.textIndex = textIndex;
        this.settling = settling;
    }

    private static String update(List<String> columns) {
        return "UPDATE event SET " + columns.stream().map(column -> column + " = ?")
                .collect(Collectors.joining(", ")) + " WHERE id = ?";
    }

    /** Inserts the event's row with its search_text, then its relations, translations and terms. */
    @Transactional
    public void insert(Event event) {
        List<TextIndex.IndexedTerm> terms = textIndex.terms(event);
        sql.update(INSERT, EventRows.values(event, EventTextIndex.literal(terms)));
        EventRelations.insert(sql, event);
        translations.insert(event);
        textIndex.write(event, terms);
        settling.after(event, Map.of());
    }

    /**
     * Replaces {@code expected} by {@code event} only if the stored row is still at the version of
     * {@code expected} (same sequence and updatedAt): a conditional UPDATE, so it holds across instances.
     * Answers false, writing nothing, when someone else changed it first. Only the write path
     * ({@link EventWrites}) calls it, so that no change escapes review and history.
     */
    @Transactional
    boolean updateIf(Event expected, Event event) {
        boolean reindex = EventTextIndex.changes(expected, event);
        List<TextIndex.IndexedTerm> terms = reindex ? textIndex.terms(event) : List.of();
        List<Object> values = new ArrayList<>(EventRows.values(event, EventTextIndex.literal(terms)));
        values.remove(0);
        if (!reindex) {
            values.remove(values.size() - 1);
        }
        values.addAll(List.of(event.id(), expected.sequence(), expected.updatedAt()));
        Map<List<String>, Long> counted = settling.before(event.id());
        if (sql.update((reindex ? UPDATE : UPDATE_KEEPING_TERMS) + " AND sequence = ? AND updated_at = ?",
                values) != 1) {
            return false;
        }
        EventRelations.replace(sql, expected, event);
        if (!expected.translations().equals(event.translations())) {
            translations.replace(event);
        }
        if (reindex) {
            textIndex.write(event, terms);
        }
        settling.after(event, counted);
        return true;
    }

    @Transactional
    public Optional<Event> find(UUID id) {
        return load(List.of(id)).stream().findFirst();
    }

    /** The event whatever its review state: for its owner, its network and the write API. */
    @Transactional
    public Optional<Event> findAny(UUID id) {
        return loadAny(List.of(id)).stream().findFirst();
    }

    @Transactional
    public boolean slugTaken(String slug) {
        return !sql.query("SELECT 1 FROM event WHERE slug = ?", List.of(slug), row -> true).isEmpty();
    }

    /**
     * How many of these events are not cancelled and, when the bounds are given, end after {@code endsAfter} and
     * start before {@code startsBefore}: a count, without loading them.
     */
    @Transactional
    public long countLive(Collection<UUID> ids, @Nullable Instant endsAfter, @Nullable Instant startsBefore) {
        long live = 0;
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<Object> parameters = new ArrayList<>(all.subList(from, Math.min(all.size(), from + CHUNK)));
            String in = String.join(", ", Collections.nCopies(parameters.size(), "?"));
            parameters.add(Wire.of(EventStatus.CANCELLED));
            String window = (endsAfter == null ? "" : " AND end_at > ?")
                    + (startsBefore == null ? "" : " AND start_at < ?");
            parameters.addAll(Stream.of(endsAfter, startsBefore).filter(Objects::nonNull).toList());
            live += sql.query("SELECT COUNT(*) FROM event WHERE id IN (" + in + ") AND status <> ?" + window,
                    parameters, row -> row.getLong(1)).get(0);
        }
        return live;
    }

    /** The updatedAt of each of these events (unknown ids are left out), without loading them. */
    @Transactional
    public Map<UUID, Instant> updatedAt(Collection<UUID> ids) {
        Map<UUID, Instant> updated = new HashMap<>();
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            sql.query("SELECT id, updated_at FROM event WHERE id IN ("
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")", chunk,
                    row -> updated.put(row.getObject(1, UUID.class), Sql.instant(row, "updated_at")));
        }
        return updated;
    }

    /** Which of these events are published (see {@link #find}), without loading them. */
    @Transactional
    public Set<UUID> published(List<UUID> ids) {
        Set<UUID> published = new HashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            sql.query("SELECT e.id FROM event e WHERE e.id IN (" + String.join(", ", Collections.nCopies(
                    chunk.size(), "?")) + ") AND " + PUBLISHED, chunk, row -> published.add(row.getObject(1,
                    UUID.class)));
        }
        return published;
    }

    /** Loads the published events with these ids, in the order given; unknown ids are skipped. */
    @Transactional
    public List<Event> load(List<UUID> ids) {
        return load(ids, true);
    }

    /** Loads the events with these ids whatever their review state. */
    @Transactional
    public List<Event> loadAny(List<UUID> ids) {
        return load(ids, false);
    }

    private List<Event> load(List<UUID> ids, boolean publishedOnly) {
        List<Event> events = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            events.addAll(loadChunk(ids.subList(from, Math.min(ids.size(), from + CHUNK)), publishedOnly));
        }
        return events;
    }

    private List<Event> loadChunk(List<UUID> ids, boolean publishedOnly) {
        String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
        Map<UUID, List<String>> organizers = relation(
                "SELECT event_id, organizer_slug FROM event_organizer WHERE event_id IN (" + in
                        + ") ORDER BY event_id, position", ids);
        Map<UUID, List<String>> topics = relation(
                "SELECT event_id, topic_slug FROM event_topic WHERE event_id IN (" + in
                        + ") ORDER BY event_id, topic_slug", ids);
        Map<UUID, List<String>> spoken = relation(
                "SELECT event_id, language FROM event_spoken_language WHERE event_id IN (" + in
                        + ") ORDER BY event_id, position", ids);
        Map<UUID, Translations> translated = translations.load(ids);
        Map<UUID, Event> byId = sql.query("SELECT " + EventRows.COLUMNS + " FROM event e WHERE e.id IN (" + in + ")"
                        + (publishedOnly ? " AND " + PUBLISHED : ""),
                ids, row -> {
                    UUID id = row.getObject("id", UUID.class);
                    return EventRows.read(row, spoken.getOrDefault(id, List.of()),
                            organizers.getOrDefault(id, List.of()), topics.getOrDefault(id, List.of()))
                            .withTranslations(translated.getOrDefault(id, Translations.NONE));
                }).stream().collect(Collectors.toMap(Event::id, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private Map<UUID, List<String>> relation(String query, List<UUID> ids) {
        Map<UUID, List<String>> related = new HashMap<>();
        sql.query(query, ids, row -> related.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>())
                .add(row.getString(2)));
        return related;
    }
}
