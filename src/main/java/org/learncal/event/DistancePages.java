package org.learncal.event;

import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The keyset pages of {@code sort=distance}: nearest first, then by id; the key is the distance in km. No index
 * orders by distance from any point, so the page is merged from two sources, each read nearest first and cut at
 * the page size: events placed by their city (no venue coordinates), whose distance is their city's, read city
 * by city from the nearest, each city in id order through the (city_slug, id) index; and events placed by their
 * venue, read in rings around the place, widened until a page is full or nothing nearer than the city part's
 * last row is left. Neither reads every event within the radius.
 */
@Singleton
class DistancePages {
    /** The first ring of venues in km; each next one is four times as wide. */
    private static final double FIRST_RING_KM = 0.5;
    /** The lowest id in the databases' order. */
    private static final UUID FIRST_ID = new UUID(0, 0);
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
        // a full page of events placed by their city leaves no room for a venue farther than its last one
        double farthest = rows.size() == count ? rows.get(count - 1).key() : place.withinKm();
        rows.addAll(byVenue(place, where, after, farthest, count));
        rows.sort(ORDER);
        return rows.subList(0, Math.min(rows.size(), count));
    }

    /** Events placed by their city, nearest first: city by city, cities at the same distance merged by id. */
    private List<SortedPages.Row> byCity(Near place, SqlConditions where, Cursor after, int count) {
        List<SortedPages.Row> rows = new ArrayList<>();
        List<NearCondition.CityKm> cities = near.citiesWithin(place).stream()
                .filter(city -> after == null || city.km() >= after.lastKey()).toList();
        for (int i = 0; i < cities.size() && rows.size() < count; ) {
            double km = cities.get(i).km();
            List<SortedPages.Row> sameKm = new ArrayList<>();
            for (; i < cities.size() && cities.get(i).km() == km; i++) {
                sameKm.addAll(inCity(cities.get(i).slug(), km, where, after, count - rows.size()));
            }
            sameKm.sort(ORDER);
            rows.addAll(sameKm.subList(0, Math.min(sameKm.size(), count - rows.size())));
        }
        return rows;
    }

    /** Up to {@code count} events placed by this city, by id, after the cursor. */
    private List<SortedPages.Row> inCity(String slug, double km, SqlConditions where, Cursor after, int count) {
        SqlConditions part = where.copy();
        part.add(NearCondition.BY_CITY);
        // one city by equality and a range of ids, ordered as the (city_slug, id) index is, so the database reads
        // the city's events in id order and stops after the page; without the id range H2 prefers the index of
        // city_slug alone (one column fewer), reads every event of the city and sorts them
        part.add("e.city_slug = ?", slug);
        if (after != null && km == after.lastKey()) {
            part.add("e.id > ?", after.lastId());
        } else {
            part.add("e.id >= ?", FIRST_ID);
        }
        return sorted.select("0", List.of(), part, "e.city_slug, e.id", count).stream()
                .map(row -> new SortedPages.Row(row.id(), row.start(), km)).toList();
    }

    /**
     * Events placed by their venue, nearest first and no farther than {@code farthest} km: discs from the place,
     * widened until full. A full page within a disc holds the nearest: everything outside it is farther.
     */
    private List<SortedPages.Row> byVenue(Near place, SqlConditions where, Cursor after, double farthest,
                                          int count) {
        double from = after == null ? 0 : after.lastKey();
        double width = FIRST_RING_KM;
        while (true) {
            double to = Math.min(farthest, from + width);
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
            if (rows.size() == count || to >= farthest) {
                return rows;
            }
            width *= 4;
        }
    }
}
