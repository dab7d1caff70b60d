package org.learncal.event;

import io.micronaut.core.annotation.Nullable;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A search over the catalogue, as given by query parameters: OR within one filter, AND across filters.
 * {@code from} is null when the client left it out (then "not ended yet" applies, fixed by the cursor).
 */
public record EventQuery(@Nullable Instant from, @Nullable Instant to, @Nullable String text,
                         Map<Filter, List<String>> filters, @Nullable Boolean free, int limit,
                         @Nullable String cursor, @Nullable Near near, Sort sort) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;
    public static final List<EventStatus> DEFAULT_STATUSES = List.of(EventStatus.SCHEDULED, EventStatus.POSTPONED);

    /** The repeatable filters, named as their query parameters. */
    public enum Filter { TOPIC, LANGUAGE, COUNTRY, CITY, NETWORK, ORGANIZER, FORMAT, STATUS }

    /** The order of results: by start (the default), title matches first ({@code q} given), or nearest first. */
    public enum Sort { START, RELEVANCE, DISTANCE }

    public EventQuery {
        filters = Map.copyOf(filters);
    }

    /** A search by start, not near a place. */
    public EventQuery(@Nullable Instant from, @Nullable Instant to, @Nullable String text,
                      Map<Filter, List<String>> filters, @Nullable Boolean free, int limit, @Nullable String cursor) {
        this(from, to, text, filters, free, limit, cursor, null, Sort.START);
    }

    /** The same search with other filters. */
    public EventQuery withFilters(Map<Filter, List<String>> newFilters) {
        return new EventQuery(from, to, text, newFilters, free, limit, cursor, near, sort);
    }

    /** The same search without the free filter. */
    EventQuery anyCost() {
        return new EventQuery(from, to, text, filters, null, limit, cursor, near, sort);
    }

    /** The same search not near any place. */
    EventQuery anywhere() {
        return new EventQuery(from, to, text, filters, free, limit, cursor, null, sort);
    }

    public List<String> values(Filter filter) {
        return filters.getOrDefault(filter, List.of());
    }

    /** The same search for one page of another size, or from another cursor. */
    public EventQuery page(int newLimit, @Nullable String newCursor) {
        return new EventQuery(from, to, text, filters, free, newLimit, newCursor, near, sort);
    }

    /** The filters in a canonical order, without limit and cursor: one search, one string. */
    public String filterString() {
        List<String> parts = new ArrayList<>();
        add(parts, "from", from == null ? null : from.toString());
        add(parts, "to", to == null ? null : to.toString());
        add(parts, "q", text);
        for (Filter filter : Filter.values()) {
            values(filter).stream().sorted().forEach(value -> add(parts, name(filter), value));
        }
        add(parts, "free", free == null ? null : free.toString());
        add(parts, "near", near == null ? null : near.place());
        add(parts, "within", near == null ? null : near.withinKm() + "km");
        add(parts, "sort", sort == Sort.START ? null : sort.name().toLowerCase(java.util.Locale.ROOT));
        return String.join("&", parts);
    }

    /** The query string of this page: filters, then limit when not the default, then cursor. */
    public String pageString() {
        List<String> parts = new ArrayList<>();
        String filterString = filterString();
        if (!filterString.isEmpty()) {
            parts.add(filterString);
        }
        add(parts, "limit", limit == DEFAULT_LIMIT ? null : Integer.toString(limit));
        add(parts, "cursor", cursor);
        return String.join("&", parts);
    }

    public long fingerprint() {
        String canonical = filterString();
        long hash = 1125899906842597L;
        for (int i = 0; i < canonical.length(); i++) {
            hash = 31 * hash + canonical.charAt(i);
        }
        return hash;
    }

    public static String name(Filter filter) {
        return filter.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static void add(List<String> parts, String name, @Nullable String value) {
        if (value != null) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
