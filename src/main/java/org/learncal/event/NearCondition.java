package org.learncal.event;

import jakarta.inject.Singleton;
import org.learncal.reference.CityStore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The SQL of "near a place": in-person and hybrid events whose venue lies within the radius, or, when the venue
 * has no coordinates, whose city does. Cities are few, so their distances are computed here and the city test
 * is an IN list; venues are tested with a latitude band (an index), then the haversine distance.
 */
@Singleton
class NearCondition {
    static final String IN_PERSON = "e.format IN ('in_person', 'hybrid')";
    /**
     * Events placed by their city: those whose venue has no coordinates. "= TRUE" keeps H2 from answering IS NULL
     * from the venue index (most events have no venue coordinates); the city index is the one to use.
     */
    static final String BY_CITY = IN_PERSON + " AND (e.venue_latitude IS NULL) = TRUE";

    private final CityStore cities;

    NearCondition(CityStore cities) {
        this.cities = cities;
    }

    /** A city with coordinates and its distance from the place. */
    record CityKm(String slug, double km) {
    }

    void add(SqlConditions where, Near near) {
        List<Object> parameters = new ArrayList<>();
        String venue = venueWithin(near, near.withinKm(), parameters);
        List<String> within = citiesWithin(near).stream().map(CityKm::slug).sorted().toList();
        if (within.isEmpty()) {
            where.add(IN_PERSON + " AND " + venue, parameters);
            return;
        }
        parameters.addAll(within);
        where.add(IN_PERSON + " AND (" + venue + " OR (e.venue_latitude IS NULL AND e.city_slug IN ("
                + String.join(", ", Collections.nCopies(within.size(), "?")) + ")))", parameters);
    }

    /**
     * Venues within {@code km} of the place: a latitude band the index answers, then the exact distance. A venue
     * {@code km} away is at most {@code km} away along its meridian; the margin (about 0.1 m) covers rounding.
     */
    String venueWithin(Near near, double km, List<Object> parameters) {
        double band = Math.toDegrees(km / Near.earthKm()) + 0.000001;
        parameters.add(near.latitude() - band);
        parameters.add(near.latitude() + band);
        parameters.addAll(venueKmParameters(near));
        parameters.add(km);
        return "(e.venue_latitude BETWEEN ? AND ? AND " + VENUE_KM + " <= ?)";
    }

    /** The distance in km of the venue of an event {@code e}; adds its parameters. */
    String venueKm(Near near, List<Object> parameters) {
        parameters.addAll(venueKmParameters(near));
        return VENUE_KM;
    }

    /**
     * A parameter that is a double whatever the database infers. H2 types an untyped parameter from the other
     * operand when it prepares a statement: "2 * ?" was an INTEGER, the earth's radius cut to 6371 km; yet when it
     * prepares a cached statement again after a schema change or an ANALYZE, the values are known and it was a
     * DOUBLE. One venue then had two distances, and a page's cursor taken from one showed an event again.
     */
    private static final String DOUBLE = "CAST(? AS DOUBLE PRECISION)";
    /** Haversine in SQL, the same formula as {@link Near#kmTo}; its parameters come from venueKmParameters. */
    private static final String VENUE_KM = "(2 * " + DOUBLE + " * ASIN(SQRT(POWER(SIN(RADIANS(e.venue_latitude - "
            + DOUBLE + ") / 2), 2) + " + DOUBLE + " * COS(RADIANS(e.venue_latitude)) * POWER(SIN(RADIANS("
            + "e.venue_longitude - " + DOUBLE + ") / 2), 2))))";

    private static List<Object> venueKmParameters(Near near) {
        return List.of(Near.earthKm(), near.latitude(), Math.cos(Math.toRadians(near.latitude())), near.longitude());
    }

    /** The cities within the radius, nearest first (then by slug). */
    List<CityKm> citiesWithin(Near near) {
        return cities.findAllOrderByName().stream()
                .filter(city -> city.latitude() != null && city.longitude() != null)
                .map(city -> new CityKm(city.slug(), near.kmTo(city.latitude(), city.longitude())))
                .filter(city -> city.km() <= near.withinKm())
                .sorted(Comparator.comparing(CityKm::km).thenComparing(CityKm::slug)).toList();
    }
}
