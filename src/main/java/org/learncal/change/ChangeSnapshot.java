package org.learncal.change;

import io.micronaut.core.annotation.Nullable;
import org.learncal.event.EventQuery;
import org.learncal.event.EventQuery.Filter;
import org.learncal.text.SearchText;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What the change feed knows of an event at one change: whether it was in the public catalogue ({@code listed}:
 * approved and not cancelled) and the facts the feed's filters test, so that a filtered feed can tell that an
 * event left it. {@code languages} are those spoken at the event, which the language filter tests.
 */
public record ChangeSnapshot(long number, UUID eventId, Instant changedAt, boolean listed,
                             @Nullable String network, @Nullable String city, List<String> languages, String format,
                             @Nullable Boolean free, List<String> organizers, List<String> topics,
                             String searchText) {

    public ChangeSnapshot {
        languages = List.copyOf(languages);
        organizers = List.copyOf(organizers);
        topics = List.copyOf(topics);
    }

    /** Whether a reader of the feed for this search saw the event in it after this change. */
    public boolean visibleIn(EventQuery query) {
        return listed && matches(query);
    }

    /** Whether the event's facts matched the search's filters, public or not. */
    public boolean matches(EventQuery query) {
        return oneOf(query, Filter.NETWORK, network) && oneOf(query, Filter.CITY, city)
                && oneOf(query, Filter.FORMAT, format) && anyOf(query, Filter.ORGANIZER, organizers)
                && anyOf(query, Filter.TOPIC, topics) && language(query)
                && (query.free() == null || query.free().equals(free) || (!query.free() && free == null))
                && (query.text() == null || SearchText.terms(query.text()).stream().allMatch(searchText::contains));
    }

    private static boolean oneOf(EventQuery query, Filter filter, @Nullable String value) {
        return query.values(filter).isEmpty() || query.values(filter).contains(value);
    }

    private static boolean anyOf(EventQuery query, Filter filter, List<String> values) {
        return query.values(filter).isEmpty() || values.stream().anyMatch(query.values(filter)::contains);
    }

    /** {@code fr} also finds {@code fr-CA}, as in the events search. */
    private boolean language(EventQuery query) {
        return query.values(Filter.LANGUAGE).isEmpty() || query.values(Filter.LANGUAGE).stream()
                .anyMatch(tag -> languages.stream().anyMatch(spoken -> spoken.equals(tag)
                        || spoken.startsWith(tag + "-")));
    }
}
