package org.learncal.event;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learncal.support.Api;
import org.learncal.support.TestCatalog;
import org.learncal.support.TestEvents;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * {@code sort=distance} from Paris within 500 km, paged: events placed by their city (Paris 0 km, Nantes 343,
 * London 344) and by their venue (north of Paris, two at the same spot) merge nearest first, ties by id, and
 * every page size walks every match exactly once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistancePagingTest {
    @Inject
    TestCatalog catalog;
    @Inject
    Api api;
    String org;
    final List<String> expected = new ArrayList<>();

    @BeforeAll
    void createEvents() {
        org = catalog.newOrganizer();
        expected.addAll(byId(cityOnly("paris", 3)));
        expected.add(venue(0.5, EventFormat.IN_PERSON));
        expected.addAll(byId(List.of(venue(3, EventFormat.HYBRID), venue(3, EventFormat.IN_PERSON))));
        expected.add(venue(10, EventFormat.IN_PERSON));
        expected.add(venue(120, EventFormat.HYBRID));
        expected.addAll(byId(cityOnly("nantes", 2)));
        expected.addAll(cityOnly("london", 1));
        expected.add(venue(420, EventFormat.IN_PERSON));
        // not found: beyond the radius, or online
        venue(501, EventFormat.IN_PERSON);
        cityOnly("hamburg", 1);
        add(EventFormat.ONLINE, null, "paris");
    }

    /** Names are ids: the expected order breaks ties by id, in the databases' (unsigned) order. */
    private static List<String> byId(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    private List<String> cityOnly(String city, int events) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            ids.add(add(EventFormat.IN_PERSON, new Venue("Salle", null, null, null), city));
        }
        return ids;
    }

    private String venue(double kmNorth, EventFormat format) {
        return add(format, new Venue("Venue", null, NearSearchTest.PARIS_LAT + Math.toDegrees(kmNorth / 6371.0088),
                NearSearchTest.PARIS_LNG), "paris");
    }

    private String add(EventFormat format, Venue venue, String city) {
        Event event = TestEvents.event("e", TestEvents.online("e", LocalDateTime.parse("2027-06-05T10:00"), "UTC")
                .schedule(), format);
        event = TestEvents.with(event, List.of(org), "fr", city, List.of("literacy"), null, Cost.FREE);
        event = venue == null ? event : TestEvents.at(event, venue, city);
        catalog.insert(event);
        return event.id().toString();
    }

    private List<String> walk(int limit) {
        return api.walk("organizer=" + org + "&near=paris&within=500km&sort=distance&limit=" + limit).stream()
                .map(view -> view.id().toString()).toList();
    }

    @Test
    void everyPageSizeWalksEveryMatchOnceNearestFirst() {
        for (int limit = 1; limit <= 5; limit++) {
            assertEquals(expected, walk(limit), "limit " + limit);
        }
        assertEquals(expected, walk(50));
    }

    @Test
    void theLastPageHasNoCursor() {
        assertNull(api.events("organizer=" + org + "&near=paris&within=500km&sort=distance&limit="
                + expected.size()).next());
    }
}
