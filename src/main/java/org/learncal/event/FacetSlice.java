package org.learncal.event;

import io.micronaut.core.annotation.Nullable;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The part of the catalogue a search chooses by format and cost alone, which {@link FacetTotals} keeps counts of:
 * no format means every format, no {@code free} every cost ({@code free=false} is "not known to be free", as the
 * listing reads it).
 */
record FacetSlice(List<String> formats, @Nullable Boolean free) {
    static final FacetSlice WHOLE = new FacetSlice(List.of(), null);

    /**
     * The slice a search of everything that has not ended is, when it chooses by nothing but format and cost;
     * empty for any other search, whose matches must be counted.
     */
    static Optional<FacetSlice> of(EventQuery query) {
        Map<EventQuery.Filter, List<String>> others = new EnumMap<>(EventQuery.Filter.class);
        others.putAll(query.filters());
        others.remove(EventQuery.Filter.FORMAT);
        boolean sliced = query.from() == null && query.to() == null && query.text() == null && query.near() == null
                && others.values().stream().allMatch(List::isEmpty);
        return sliced ? Optional.of(new FacetSlice(query.values(EventQuery.Filter.FORMAT), query.free()))
                : Optional.empty();
    }

    /**
     * This slice as an SQL condition on the given format column, with the condition of a free event and of one not
     * known to be free; adds the bound values to {@code parameters}.
     */
    String sql(String format, String isFree, String notFree, List<Object> parameters) {
        String formatIn = formats.isEmpty() ? "1 = 1"
                : format + " IN (" + String.join(", ", Collections.nCopies(formats.size(), "?")) + ")";
        parameters.addAll(formats);
        return free == null ? formatIn : formatIn + " AND " + (free ? isFree : notFree);
    }
}
