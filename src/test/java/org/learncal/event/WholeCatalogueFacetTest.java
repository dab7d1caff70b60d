package org.learncal.event;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.review.Review;
import org.learncal.support.Api;
import org.learncal.support.TestCatalog;
import org.learncal.support.TestEvents;
import org.learncal.token.Caller;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Facets of the whole catalogue (no filter), which the totals kept by every write answer: each write is
 * counted at once, and every count equals the listing of that value. Each test has its own organizer, whose
 * count isolates its events; the last test compares every facet with the same search counted row by row.
 */
@MicronautTest(transactional = false)
class WholeCatalogueFacetTest {
    static final String ALL = FacetCountTest.ALL;

    @Inject
    TestCatalog catalog;
    @Inject
    EventWrites writes;
    @Inject
    Api api;

    private Event add(String org, String start) {
        Event base = TestEvents.online("Whole catalogue", LocalDateTime.parse(start), "UTC");
        return catalog.insert(TestEvents.with(base, List.of(org), "fr", "benguerir", List.of("literacy"), "gnlc",
                Cost.FREE));
    }

    /** The organizer's count in the whole catalogue's facets, checked against the length of its listing. */
    private long counted(String org) {
        long count = api.events("facets=" + ALL).facets().get("organizer").stream()
                .filter(value -> value.value().equals(org)).mapToLong(Facet.Count::count).sum();
        assertEquals(api.walk("organizer=" + org + "&limit=200").size(), count, "listing of " + org);
        return count;
    }

    @Test
    void aNewEventIsCountedByTheNextRequest() {
        String org = catalog.newOrganizer();
        add(org, "2027-06-01T10:00");
        counted(org);
        add(org, "2027-06-02T10:00");
        assertEquals(2, counted(org));
    }

    @Test
    void aCancelledEventIsNoLongerCounted() {
        String org = catalog.newOrganizer();
        Event event = add(org, "2027-06-01T10:00");
        add(org, "2027-06-02T10:00");
        writes.replace(Caller.ADMIN, event, event.cancel("Speaker unavailable", TestEvents.CREATED), "cancelled");
        assertEquals(1, counted(org));
    }

    @Test
    void anEventAwaitingReviewCountsOnlyOnceApproved() {
        String org = catalog.newOrganizer();
        Event event = add(org, "2027-06-01T10:00");
        writes.review(Caller.ADMIN, event, review -> Review.PENDING, "resubmitted");
        assertEquals(0, counted(org));
        writes.review(Caller.ADMIN, event, Review::approve, "approved");
        assertEquals(1, counted(org));
    }

    @Test
    void anEventMovedToAnotherOrganizerCountsForThatOneOnly() {
        String before = catalog.newOrganizer();
        String after = catalog.newOrganizer();
        Event event = add(before, "2027-06-01T10:00");
        Event moved = TestEvents.with(event, List.of(after), "en", "paris", List.of("stem"), null, Cost.UNKNOWN);
        writes.replace(Caller.ADMIN, event, event.replace(moved, TestEvents.CREATED), "updated");
        assertEquals(List.of(0L, 1L), List.of(counted(before), counted(after)));
    }

    @Test
    void anEventMovedIntoThePastIsNoLongerCounted() {
        String org = catalog.newOrganizer();
        Event event = add(org, "2027-06-01T10:00");
        Event past = TestEvents.online("Whole catalogue", LocalDateTime.parse("2025-06-01T10:00"), "UTC");
        writes.replace(Caller.ADMIN, event, event.reschedule(past.schedule(), TestEvents.CREATED), "rescheduled");
        assertEquals(0, counted(org));
    }

    @Test
    void everyFacetEqualsTheSameSearchCountedRowByRow() {
        add(catalog.newOrganizer(), "2027-06-03T10:00");
        // "to" far ahead keeps every event but makes the search a filtered one, which a GROUP BY counts
        Map<String, List<Facet.Count>> counted = api.events("facets=" + ALL + "&to=2999-01-01T00:00:00Z").facets();
        assertEquals(counted, api.events("facets=" + ALL).facets());
    }
}
