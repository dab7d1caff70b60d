package org.learncal.event;

import jakarta.inject.Singleton;
import org.learncal.reference.City;
import org.learncal.reference.CityStore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The SQL of "near a place": in-person and hybrid events whose venue lies within the radius, or, when the venue
 * has no coordinates, whose city does. Cities are few, so their distances are computed here and the city test
 * is an IN list; venues are tested with a latitude band, then the haversine distance.
 */
@Singleton
class NearCondition {
    private static final String IN_PERSON = "e.format IN ('in_person', 'hybrid')";

    private final CityStore cities;

    NearCondition(CityStore cities) {
        this.cities = cities;
    }

    void add(SqlConditions where, Near near) {
        List<City> within = citiesWithin(near);
        double band = Math.toDegrees(near.withinKm() / Near.earthKm()) + 0.01;
        List<Object> parameters = new ArrayList<>(List.of(near.latitude() - band, near.latitude() + band));
        parameters.addAll(venueKmParameters(near));
        parameters.add((double) near.withinKm());
        String venue = "(e.venue_latitude BETWEEN ? AND ? AND " + VENUE_KM + " <= ?)";
        if (within.isEmpty()) {
            where.add(IN_PERSON + " AND " + venue, parameters);
            return;
        }
        within.forEach(city -> parameters.add(city.slug()));
        where.add(IN_PERSON + " AND (" + venue + " OR (e.venue_latitude IS NULL AND e.city_slug IN ("
                + String.join(", ", Collections.nCopies(within.size(), "?")) + ")))", parameters);
    }

    /** The distance in km of a matching event, by venue or else city, with its parameters. */
    String distance(Near near, List<Object> parameters) {
        List<City> within = citiesWithin(near);
        StringBuilder cityKm = new StringBuilder(within.isEmpty() ? "NULL" : "CASE e.city_slug");
        for (City city : within) {
            cityKm.append(" WHEN ? THEN ?");
            parameters.add(city.slug());
            parameters.add(near.kmTo(city.latitude(), city.longitude()));
        }
        cityKm.append(within.isEmpty() ? "" : " END");
        parameters.addAll(venueKmParameters(near));
        return "CASE WHEN e.venue_latitude IS NULL THEN " + cityKm + " ELSE " + VENUE_KM + " END";
    }

    /** Haversine in SQL, the same formula as {@link Near#kmTo}; its parameters come from venueKmParameters. */
    private static final String VENUE_KM = "(2 * ? * ASIN(SQRT(POWER(SIN(RADIANS(e.venue_latitude - ?) / 2), 2) "
            + "+ ? * COS(RADIANS(e.venue_latitude)) * POWER(SIN(RADIANS(e.venue_longitude - ?) / 2), 2))))";

    private static List<Object> venueKmParameters(Near near) {
        return List.of(Near.earthKm(), near.latitude(), Math.cos(Math.toRadians(near.latitude())), near.longitude());
    }

    private List<City> citiesWithin(Near near) {
        return cities.findAllOrderByName().stream()
                .filter(city -> city.latitude() != null && city.longitude() != null)
                .filter(city -> near.kmTo(city.latitude(), city.longitude()) <= near.withinKm())
                .sorted(java.util.Comparator.comparing(City::slug)).toList();
    }
}
