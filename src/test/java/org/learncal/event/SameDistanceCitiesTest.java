package org.learncal.event;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learncal.reference.City;
import org.learncal.reference.CityStore;
import org.learncal.support.Api;
import org.learncal.support.TestCatalog;
import org.learncal.support.TestEvents;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code sort=distance} where keys tie across sources: two cities at the very same point as the search (0 km), a
 * venue there too, then venues 0.2 and 1 km north and a city 2 km north. Each city is read on its own, in id
 * order; the tied events of both cities and of the venue come out merged by id, and every page size walks every
 * match exactly once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SameDistanceCitiesTest {
    static final double LAT = -41.2345;
    static final double LNG = -151.6789;

    @Inject
    TestCatalog catalog;
    @Inject
    CityStore cities;
    @Inject
    Api api;
    String org;
    final List<String> expected = new ArrayList<>();

    @BeforeAll
    void createEvents() {
        org = catalog.newOrganizer();
        String twinA = city(0);
        String twinB = city(0);
        String north = city(2);
        expected.addAll(Stream.of(cityOnly(twinA, 3), cityOnly(twinB, 2), List.of(venue(0, twinA)))
                .flatMap(List::stream).sorted().toList());
        expected.add(venue(0.2, twinB));
        expected.add(venue(1, twinA));
        expected.addAll(cityOnly(north, 1));
    }

    private static double north(double km) {
        return LAT + Math.toDegrees(km / 6371.0088);
    }

    private String city(double kmNorth) {
        String slug = "twin-" + UUID.randomUUID().toString().substring(0, 8);
        cities.save(new City(slug, "Twin " + slug, "NZ", "Pacific/Auckland", north(kmNorth), LNG));
        return slug;
    }

    private List<String> cityOnly(String city, int events) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            ids.add(add(new Venue("Salle", null, null, null), city));
        }
        return ids;
    }

    private String venue(double kmNorth, String city) {
        return add(new Venue("Venue", null, north(kmNorth), LNG), city);
    }

    private String add(Venue venue, String city) {
        Event event = TestEvents.event("e", TestEvents.online("e", LocalDateTime.parse("2027-06-05T10:00"), "UTC")
                .schedule(), EventFormat.IN_PERSON);
        event = TestEvents.at(TestEvents.with(event, List.of(org), "fr", city, List.of("literacy"), null, Cost.FREE),
                venue, city);
        catalog.insert(event);
        return event.id().toString();
    }

    @Test
    void tiedCitiesAndVenuesMergeByIdOnEveryPageSize() {
        for (int limit = 1; limit <= 7; limit++) {
            assertEquals(expected, api.walk("organizer=" + org + "&near=" + LAT + "," + LNG
                    + "&within=50km&sort=distance&limit=" + limit).stream().map(view -> view.id().toString())
                    .toList(), "limit " + limit);
        }
    }
}
