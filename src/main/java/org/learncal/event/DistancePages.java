package org.learncal.event;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The keyset pages of {@code sort=distance}: nearest first, then by id; the key is the distance in km. No index
 * orders by distance from any point, so the page is merged from two sources, each read nearest first and cut at
 * the page size: events placed by their city (no venue coordinates), whose distance is their city's, read city
 * by city from the nearest; and events placed by their venue, read in rings around the place, widened until a
 * page is full or the radius is reached. Neither reads every event within the radius.
 */
@Singleton
class DistancePages {
    /** The first ring of venues, as a share of the radius; each next one is four times as wide. */
    private static final double FIRST_RING = 0.01;
    /** Ids in the databases' order (unsigned bytes), which UUID.compareTo (signed) is not. */
    static final Comparator<SortedPages.Row> ORDER = Comparator.comparingDouble(SortedPages.Row::key)
            .thenComparing(row -> row.id().toString());

    private final SortedPages sorted;
    private final NearCondition near;

    DistancePages(SortedPages sorted, NearCondition near) {
        this.sorted = sorted;
        this.near = near;
    }

    /** Up to {@code count} matches of {@code where} (which holds no near condition) after the cursor, nearest first. */
    List<SortedPages.Row> page(Near place, SqlConditions where, Cursor after, int count) {
        List<SortedPages.Row> rows = new ArrayList<>(byCity(place, where, after, count));
        rows.addAll(byVenue(place, where, after, count));
        rows.sort(ORDER);
        return rows.subList(0, Math.min(rows.size(), count));
    }

    /** Events placed by their city, city by city from the nearest; cities at the same distance together. */
    private List<SortedPages.Row> byCity(Near place, SqlConditions where, Cursor after, int count) {
        List<SortedPages.Row> rows = new ArrayList<>();
        List<NearCondition.CityKm> cities = near.citiesWithin(place).stream()
                .filter(city -> after == null || city.km() >= after.lastKey()).toList();
        for (int i = 0; i < cities.size() && rows.size() < count; ) {
            double km = cities.get(i).km();
            List<String> slugs = new ArrayList<>();
            for (; i < cities.size() && cities.get(i).km() == km; i++) {
                slugs.add(cities.get(i).slug());
            }
            SqlConditions part = where.copy();
            part.add(NearCondition.BY_CITY);
            part.in("e.city_slug", slugs);
            if (after != null && km == after.lastKey()) {
                part.add("e.id > ?", after.lastId());
            }
            sorted.select("0", List.of(), part, "e.id", count - rows.size()).forEach(row ->
                    rows.add(new SortedPages.Row(row.id(), row.start(), km)));
        }
        return rows;
    }

    /** Events placed by their venue, nearest first: rings from the cursor's distance, widened until full. */
    private List<SortedPages.Row> byVenue(Near place, SqlConditions where, Cursor after, int count) {
        double from = after == null ? 0 : after.lastKey();
        double width = Math.max(1, place.withinKm() * FIRST_RING);
        while (true) {
            double to = Math.min(place.withinKm(), from + width);
            SqlConditions part = where.copy();
            List<Object> parameters = new ArrayList<>();
            part.add(NearCondition.IN_PERSON + " AND " + near.venueWithin(place, to, parameters), parameters);
            List<Object> kmParameters = new ArrayList<>();
            String km = near.venueKm(place, kmParameters);
            if (after != null) {
                List<Object> afterParameters = new ArrayList<>(kmParameters);
                afterParameters.add(after.lastKey());
                afterParameters.addAll(kmParameters);
                afterParameters.add(after.lastKey());
                afterParameters.add(after.lastId());
                part.add("(" + km + " > ? OR (" + km + " = ? AND e.id > ?))", afterParameters);
            }
            List<SortedPages.Row> rows = sorted.select(km, kmParameters, part, "km, e.id", count);
            // a full page within the ring holds the nearest: everything outside it is farther
            if (rows.size() == count || to >= place.withinKm()) {
                return rows;
            }
            width *= 4;
        }
    }
}
