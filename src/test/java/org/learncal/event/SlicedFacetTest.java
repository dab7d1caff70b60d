package org.learncal.event;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.support.Api;
import org.learncal.support.TestCatalog;
import org.learncal.support.TestEvents;
import org.learncal.token.Caller;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Facets of a search filtered by format or cost alone, which the totals' slices answer (FacetSlice): each equals
 * the same search counted row by row ({@code to} far ahead keeps every event but makes the search one that is
 * counted), and a write is counted by the next request. Each test has its own organizer to isolate its events.
 */
@MicronautTest(transactional = false)
class SlicedFacetTest {
    static final String ALL = FacetCountTest.ALL;
    static final String COUNTED = "&to=2999-01-01T00:00:00Z";

    @Inject
    TestCatalog catalog;
    @Inject
    EventWrites writes;
    @Inject
    FacetTotals totals;
    @Inject
    Api api;

    private Event add(String org, EventFormat format, Cost cost, String start) {
        Event base = TestEvents.event("Sliced", TestEvents.online("Sliced", LocalDateTime.parse(start), "UTC")
                .schedule(), format);
        return catalog.insert(TestEvents.with(base, List.of(org), "fr", "benguerir", List.of("literacy"), "gnlc",
                cost));
    }

    /** The organizer's count in the facets of {@code filters}, checked against the length of its listing. */
    private long counted(String org, String filters) {
        long count = api.events("facets=" + ALL + filters).facets().get("organizer").stream()
                .filter(value -> value.value().equals(org)).mapToLong(Facet.Count::count).sum();
        assertEquals(api.walk("organizer=" + org + "&limit=200" + filters).size(), count, org + filters);
        return count;
    }

    @Test
    void everyFacetOfAFormatOrCostEqualsTheSameSearchCountedRowByRow() {
        String org = catalog.newOrganizer();
        add(org, EventFormat.ONLINE, Cost.FREE, "2027-07-01T10:00");
        add(org, EventFormat.HYBRID, Cost.paid("10 EUR"), "2027-07-02T10:00");
        add(org, EventFormat.IN_PERSON, Cost.UNKNOWN, "2027-07-03T10:00");
        for (String filters : List.of("&format=online", "&free=true", "&free=false", "&format=online&format=hybrid",
                "&format=hybrid&free=false", "&format=in_person&free=true")) {
            Map<String, List<Facet.Count>> counted = api.events("facets=" + ALL + filters + COUNTED).facets();
            assertEquals(counted, api.events("facets=" + ALL + filters).facets(), filters);
        }
    }

    @Test
    void aNewEventIsCountedInItsSliceByTheNextRequest() {
        String org = catalog.newOrganizer();
        add(org, EventFormat.ONLINE, Cost.FREE, "2027-07-01T10:00");
        assertEquals(List.of(1L, 0L, 1L), List.of(counted(org, "&format=online"), counted(org, "&format=hybrid"),
                counted(org, "&free=true")));
        add(org, EventFormat.HYBRID, Cost.UNKNOWN, "2027-07-02T10:00");
        assertEquals(List.of(1L, 1L, 1L, 1L), List.of(counted(org, "&format=online"),
                counted(org, "&format=hybrid"), counted(org, "&free=true"), counted(org, "&free=false")));
    }

    @Test
    void anEventChangedToAnotherFormatAndCostMovesToThatSlice() {
        String org = catalog.newOrganizer();
        Event event = add(org, EventFormat.ONLINE, Cost.FREE, "2027-07-01T10:00");
        Event hybrid = TestEvents.with(TestEvents.event("Sliced", event.schedule(), EventFormat.HYBRID),
                List.of(org), "fr", "benguerir", List.of("literacy"), "gnlc", Cost.paid("5 EUR"));
        writes.replace(Caller.ADMIN, event, event.replace(hybrid, TestEvents.CREATED), "updated");
        assertEquals(List.of(0L, 1L, 0L, 1L), List.of(counted(org, "&format=online"),
                counted(org, "&format=hybrid"), counted(org, "&free=true"), counted(org, "&free=false")));
    }

    @Test
    void anEventLeavesItsSliceAtTheInstantItEnds() {
        String org = catalog.newOrganizer();
        Instant end = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.SECONDS);
        add(org, EventFormat.HYBRID, Cost.FREE, LocalDateTime.ofInstant(end, ZoneOffset.UTC).minusHours(2)
                .toString());
        FacetSlice hybrid = new FacetSlice(List.of("hybrid"), true);
        assertEquals(List.of(1L, 0L, 0L), List.of(organizer(hybrid, org, end.minusMillis(1)),
                organizer(hybrid, org, end), organizer(new FacetSlice(List.of("online"), null), org,
                        end.minusMillis(1))));
    }

    private long organizer(FacetSlice slice, String org, Instant now) {
        return totals.counts(now, slice).orElseThrow().getOrDefault("organizer", Map.of()).getOrDefault(org, 0L);
    }
}
