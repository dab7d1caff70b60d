package org.learncal.event;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.learncal.reference.City;
import org.learncal.reference.CityStore;
import org.learncal.db.Sql;
import org.learncal.reference.Organizer;
import org.learncal.reference.OrganizerStore;
import org.learncal.text.Words;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Keeps an event's full-text terms: its title, description, venue, organizer and city names. Called by
 * {@link EventStore} in the transaction of every write. Translations count as the original does: their titles
 * are titles, so that a word found only in a translation finds the event. (Events stored before V120 have none: no rebuild.)
 */
@Singleton
class EventTextIndex {
    /** Raised whenever the term rules change, so that {@link TextIndexUpgrade} rebuilds stored terms. */
    static final int VERSION = 1;
    /** search_text's size (V60); the term table keeps every term even if the literal had to be cut. */
    private static final int MAX_TEXT = 100_000;

    private final Sql sql;
    private final TextIndex index;
    private final CityStore cities;
    private final OrganizerStore organizers;

    EventTextIndex(Sql sql, TextIndex index, CityStore cities,
                   OrganizerStore organizers) {
        this.sql = sql;
        this.index = index;
        this.cities = cities;
        this.organizers = organizers;
    }

    /** Indexes these events again, in one transaction. */
    @Transactional
    public void reindex(List<Event> events) {
        events.forEach(this::index);
    }

    void index(Event event) {
        List<TextIndex.IndexedTerm> terms = terms(event);
        sql.update("UPDATE event SET search_text = ? WHERE id = ?", List.of(literal(terms), event.id()));
        index.write(event.id(), terms);
    }

    /** The terms of an event; {@link EventStore} writes their {@link #literal} with the row, then {@link #write}s them. */
    List<TextIndex.IndexedTerm> terms(Event event) {
        return terms(titles(event), otherTexts(event));
    }

    /** Stores the terms beside the row (H2's term table), in the transaction of the row's write. */
    void write(Event event, List<TextIndex.IndexedTerm> terms) {
        index.write(event.id(), terms);
    }

    /**
     * Whether the terms of {@code revised} may differ from those of {@code stored}: they follow the texts, the
     * venue's name, the translations, the organizers and the city, and nothing else (a moved time keeps them).
     */
    static boolean changes(Event stored, Event revised) {
        return !(stored.title().equals(revised.title()) && stored.description().equals(revised.description())
                && Objects.equals(venueName(stored), venueName(revised))
                && stored.translations().equals(revised.translations())
                && stored.organizerSlugs().equals(revised.organizerSlugs())
                && Objects.equals(stored.citySlug(), revised.citySlug()));
    }

    private static String venueName(Event event) {
        return event.venue() == null ? null : event.venue().name();
    }

    /** The terms of the given texts, each marked as in a title when it occurs in one. */
    static List<TextIndex.IndexedTerm> terms(List<String> titles, List<String> otherTexts) {
        Map<String, Boolean> inTitle = new LinkedHashMap<>();
        titles.forEach(title -> Words.index(title).forEach(term -> inTitle.put(term, true)));
        otherTexts.forEach(text -> Words.index(text).forEach(term -> inTitle.putIfAbsent(term, false)));
        return inTitle.entrySet().stream().map(e -> new TextIndex.IndexedTerm(e.getKey(), e.getValue())).toList();
    }

    /** The terms as a tsvector literal: {@code numerique:1A climat:1} (A marks title terms). */
    static String literal(List<TextIndex.IndexedTerm> terms) {
        String literal = terms.stream().map(term -> term.term() + (term.inTitle() ? ":1A" : ":1"))
                .collect(Collectors.joining(" "));
        return literal.length() <= MAX_TEXT ? literal : literal.substring(0, literal.lastIndexOf(' ', MAX_TEXT));
    }

    private static List<String> titles(Event event) {
        List<String> titles = new ArrayList<>(List.of(event.title()));
        event.translations().byLanguage().values().forEach(translation -> titles.add(translation.title()));
        return titles;
    }

    private List<String> otherTexts(Event event) {
        List<String> texts = new ArrayList<>(List.of(event.description()));
        event.translations().byLanguage().values().forEach(translation -> texts.add(translation.description()));
        if (event.venue() != null) {
            texts.add(event.venue().name());
        }
        organizers.findBySlugIn(event.organizerSlugs()).stream().map(Organizer::name).forEach(texts::add);
        if (event.citySlug() != null) {
            cities.findById(event.citySlug()).map(City::name).ifPresent(texts::add);
        }
        return texts;
    }
}
