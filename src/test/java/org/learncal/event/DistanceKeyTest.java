package org.learncal.event;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.TestCatalog;
import org.learncal.support.TestEvents;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The key of {@code sort=distance} for an event placed by its venue is the distance {@link Near#kmTo} gives, the
 * one the events placed by their city are sorted by: the database computes it with the earth's radius, whole.
 */
@MicronautTest(transactional = false)
class DistanceKeyTest {
    private static final Near PARIS = new Near("paris", NearSearchTest.PARIS_LAT, NearSearchTest.PARIS_LNG, 500);
    /** Floating point: the database's sine and arc sine need not round like Java's in the last bits. */
    private static final double LAST_BITS = 1e-9;

    @Inject
    TestCatalog catalog;
    @Inject
    DistancePages pages;

    @Test
    void aVenuesKeyIsItsDistanceFromThePlace() {
        String org = catalog.newOrganizer();
        double[][] venues = {{48.8566 + Math.toDegrees(3 / 6371.0088), 2.3522}, {48.8566, 2.3522 + 1.5},
            {48.8566 + Math.toDegrees(420 / 6371.0088), 2.3522}};
        for (double[] venue : venues) {
            Event event = TestEvents.with(TestEvents.event("e", TestEvents.online("e",
                    LocalDateTime.parse("2027-06-05T10:00"), "UTC").schedule(), EventFormat.IN_PERSON), List.of(org),
                    "fr", "paris", List.of("literacy"), null, Cost.FREE);
            catalog.insert(TestEvents.at(event, new Venue("Venue", null, venue[0], venue[1]), "paris"));
        }
        SqlConditions where = new SqlConditions();
        where.subquery("EXISTS (SELECT 1 FROM event_organizer o WHERE o.event_id = e.id AND o.organizer_slug IN (%s))",
                List.of(org));

        List<SortedPages.Row> rows = pages.page(PARIS, where, null, 10);

        assertEquals(venues.length, rows.size());
        for (int i = 0; i < venues.length; i++) {
            assertEquals(PARIS.kmTo(venues[i][0], venues[i][1]), rows.get(i).key(), LAST_BITS, "venue " + i);
        }
    }
}
