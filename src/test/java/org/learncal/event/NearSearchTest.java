package org.learncal.event;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.learncal.support.Api;
import org.learncal.support.FeedClient;
import org.learncal.support.TestCatalog;
import org.learncal.support.TestEvents;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code near} and {@code within}: in-person and hybrid events whose venue, or else city, lies within the radius,
 * measured from Paris (48.8566, 2.3522). Venues sit 10, 49.9 and 50.1 km due north, either side of a 50 km edge.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NearSearchTest {
    static final double PARIS_LAT = 48.8566;
    static final double PARIS_LNG = 2.3522;

    @Inject
    TestCatalog catalog;
    @Inject
    Api api;
    @Inject
    @Client("/")
    HttpClient client;
    String org;
    final Map<UUID, String> names = new LinkedHashMap<>();

    @BeforeAll
    void createEvents() {
        org = catalog.newOrganizer();
        add("venue10", EventFormat.IN_PERSON, north(10), "paris", "2027-06-05T10:00");
        add("venue49.9", EventFormat.HYBRID, north(49.9), "paris", "2027-06-01T10:00");
        add("venue50.1", EventFormat.IN_PERSON, north(50.1), "paris", "2027-06-02T10:00");
        add("city-only", EventFormat.HYBRID, new Venue("Salle des fêtes", null, null, null), "paris",
                "2027-06-04T10:00");
        add("nantes", EventFormat.IN_PERSON, new Venue("Médiathèque", null, null, null), "nantes",
                "2027-06-03T10:00");
        add("online", EventFormat.ONLINE, null, "paris", "2027-06-06T10:00");
    }

    /** A venue {@code km} north of Paris: a degree of latitude is a fixed length along a meridian. */
    private static Venue north(double km) {
        return new Venue("Venue", null, PARIS_LAT + Math.toDegrees(km / 6371.0088), PARIS_LNG);
    }

    private void add(String name, EventFormat format, Venue venue, String city, String start) {
        Event event = TestEvents.event(name, TestEvents.online(name, LocalDateTime.parse(start), "UTC").schedule(),
                format);
        event = TestEvents.at(TestEvents.with(event, List.of(org), "fr", city, List.of("literacy"), null, Cost.FREE),
                venue, city);
        names.put(event.id(), name);
        catalog.insert(event);
    }

    private List<String> titles(String query) {
        return api.events("organizer=" + org + "&limit=50&" + query).items().stream().map(EventView::title).toList();
    }

    @Test
    void venuesWithinTheRadiusAndCitiesOfVenuesWithoutCoordinatesAreFound() {
        assertEquals(List.of("venue49.9", "city-only", "venue10"), titles("near=48.8566,2.3522&within=50km"));
        assertEquals(List.of("venue49.9", "venue50.1", "city-only", "venue10"),
                titles("near=48.8566,2.3522&within=51km"));
    }

    @Test
    void aCitySlugIsItsCoordinatesAndFiftyKilometresIsTheDefault() {
        assertEquals(List.of("venue49.9", "city-only", "venue10"), titles("near=paris"));
        assertEquals(List.of("city-only", "venue10"), titles("near=paris&within=49km"));
    }

    @Test
    void sortByDistancePutsTheNearestFirst() {
        assertEquals(List.of("city-only", "venue10", "venue49.9", "venue50.1", "nantes"),
                titles("near=paris&within=500km&sort=distance"));
    }

    @Test
    void pagingByDistanceWalksEveryMatchOnce() {
        assertEquals(List.of("city-only", "venue10", "venue49.9", "venue50.1", "nantes"), api.walk("organizer="
                + org + "&near=paris&within=500km&sort=distance&limit=2").stream().map(EventView::title).toList());
    }

    @Test
    void feedsTakeTheSameParameters() {
        String ics = new String(FeedClient.body(client, "/calendar.ics?organizer=" + org
                + "&near=48.8566,2.3522&within=50km"), StandardCharsets.UTF_8);
        Matcher uids = Pattern.compile("UID:([0-9a-f-]{36})@").matcher(ics);
        List<String> found = new java.util.ArrayList<>();
        while (uids.find()) {
            found.add(names.get(UUID.fromString(uids.group(1))));
        }
        assertEquals(List.of("venue49.9", "city-only", "venue10"), found);
    }
}
