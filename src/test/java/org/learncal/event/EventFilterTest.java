package org.learncal.event;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learncal.support.Api;
import org.learncal.support.TestCatalog;
import org.learncal.support.TestEvents;
import org.learncal.token.Caller;

import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Each filter of GET /api/events, alone and combined: OR within one filter, AND across filters.
 * All events belong to one fresh organizer, which every query names, so other data cannot interfere.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventFilterTest {
    @Inject
    TestCatalog catalog;
    @Inject
    EventStore store;
    @Inject
    EventWrites writes;
    @Inject
    Api api;
    String org;

    @BeforeAll
    void createEvents() {
        org = catalog.newOrganizer();
        add("alpha", "2027-02-01T10:00", "fr", "benguerir", List.of("literacy"), "gnlc", Cost.FREE, EventFormat.ONLINE);
        add("bravo", "2027-02-02T10:00", "fr-CA", "montreal", List.of("literacy", "stem"), null,
                Cost.paid("25 CAD"), EventFormat.IN_PERSON);
        add("charlie", "2027-02-03T10:00", "ar", "casablanca", List.of("stem"), "gnlc", Cost.UNKNOWN,
                EventFormat.HYBRID);
        add("delta", "2027-02-04T10:00", "en", "paris", List.of("lifelong-learning"), null, Cost.FREE,
                EventFormat.ONLINE);
        Event echo = add("echo", "2027-02-05T10:00", "fr", "benguerir", List.of("literacy"), "gnlc", Cost.FREE,
                EventFormat.ONLINE);
        writes.replace(Caller.ADMIN, echo, echo.cancel("Speaker unavailable", TestEvents.CREATED), "cancelled");
        Event foxtrot = add("foxtrot", "2027-02-06T10:00", "en", "paris", List.of("stem"), null, Cost.FREE,
                EventFormat.ONLINE);
        writes.replace(Caller.ADMIN, foxtrot, foxtrot.postpone("New date to be announced", TestEvents.CREATED),
                "postponed");
        add("golf", "2025-02-06T10:00", "en", "paris", List.of("stem"), null, Cost.FREE, EventFormat.ONLINE);
    }

    private Event add(String name, String start, String language, String city, List<String> topics, String network,
                      Cost cost, EventFormat format) {
        Event base = TestEvents.event(name, TestEvents.online(name, LocalDateTime.parse(start), "UTC").schedule(),
                format);
        return catalog.insert(TestEvents.with(base, List.of(org), language, city, topics, network, cost));
    }

    private List<String> titles(String filters) {
        return api.events("organizer=" + org + "&" + filters).items().stream().map(EventView::title).toList();
    }

    @Test
    void defaultShowsScheduledAndPostponedEventsThatHaveNotEnded() {
        assertEquals(List.of("alpha", "bravo", "charlie", "delta", "foxtrot"), titles("limit=50"));
    }

    @Test
    void statusFilterShowsCancelledEventsOnRequest() {
        assertEquals(List.of("echo"), titles("status=cancelled"));
        assertEquals(List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot"),
                titles("status=scheduled,postponed,cancelled"));
    }

    @Test
    void fromAndToBoundTheDates() {
        assertEquals(List.of("golf"), titles("from=2025-01-01&to=2025-12-31"));
        assertEquals(List.of("bravo", "charlie"), titles("from=2027-02-02&to=2027-02-03"));
        assertEquals(List.of("charlie"), titles("from=2027-02-03T09:00:00Z&to=2027-02-03T11:30:00%2B01:00"));
    }

    @Test
    void languageMatchesTheTagAndItsRegionalVariants() {
        assertEquals(List.of("alpha", "bravo"), titles("language=fr"));
        assertEquals(List.of("bravo"), titles("language=fr-ca"));
        assertEquals(List.of("alpha", "bravo", "charlie"), titles("language=fr&language=ar"));
    }

    @Test
    void aCountryWithoutCitiesFindsNothing() {
        assertEquals(List.of(), titles("country=NZ"));
        assertEquals(List.of("alpha", "charlie"), titles("country=NZ,MA"));
    }

    @Test
    void topicCityCountryNetworkAndFormatFilter() {
        assertEquals(List.of("alpha", "bravo"), titles("topic=literacy"));
        assertEquals(List.of("bravo", "charlie", "foxtrot"), titles("topic=stem"));
        assertEquals(List.of("alpha", "charlie"), titles("country=MA"));
        assertEquals(List.of("alpha", "charlie", "delta", "foxtrot"), titles("country=ma,fr"));
        assertEquals(List.of("delta", "foxtrot"), titles("city=paris"));
        assertEquals(List.of("alpha", "charlie"), titles("network=gnlc"));
        assertEquals(List.of("bravo", "charlie"), titles("format=in_person&format=hybrid"));
    }

    @Test
    void freeOnlyLeavesOutPaidAndUnknownCost() {
        assertEquals(List.of("alpha", "delta", "foxtrot"), titles("free=true"));
        assertEquals(List.of("bravo", "charlie"), titles("free=false"));
    }

    @Test
    void filtersCombineWithAndAcrossAndOrWithin() {
        assertEquals(List.of("alpha"), titles("topic=literacy&country=MA"));
        assertEquals(List.of("alpha", "charlie"), titles("topic=literacy,stem&country=MA&network=gnlc"));
        assertEquals(List.of("bravo"), titles("language=fr&format=in_person&free=false"));
        assertEquals(List.of(), titles("language=ar&format=online"));
    }

    @Test
    void textSearchCoversTitleAndDescription() {
        assertEquals(List.of("charlie"), titles("q=Charlie"));
        assertEquals(List.of("delta"), titles("q=description+DELTA"));
    }
}
