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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code facets=...}: counts per value for the current search, each facet ignoring its own filter. The events
 * share a made-up word, so that {@code q} isolates them from other data (the organizer facet needs that).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetCountTest {
    static final String ALL = "topic,language,country,city,network,organizer,format,free";

    @Inject
    TestCatalog catalog;
    @Inject
    Api api;
    String org;
    String word;

    @BeforeAll
    void createEvents() {
        org = catalog.newOrganizer();
        word = "facet" + UUID.randomUUID().toString().substring(0, 8);
        add("2027-05-01T10:00", "fr", "benguerir", List.of("literacy"), "gnlc", Cost.FREE, EventFormat.ONLINE);
        add("2027-05-02T10:00", "fr-CA", "montreal", List.of("literacy", "stem"), null, Cost.paid("25 CAD"),
                EventFormat.IN_PERSON);
        add("2027-05-03T10:00", "ar", "casablanca", List.of("stem"), "gnlc", Cost.UNKNOWN, EventFormat.HYBRID);
        add("2027-05-04T10:00", "en", "paris", List.of("lifelong-learning"), null, Cost.FREE, EventFormat.ONLINE);
        add("2027-05-05T10:00", "en", "paris", List.of("stem"), null, Cost.FREE, EventFormat.ONLINE);
    }

    private void add(String start, String language, String city, List<String> topics, String network, Cost cost,
                     EventFormat format) {
        Event base = TestEvents.event("Facet event", TestEvents.online("x", LocalDateTime.parse(start), "UTC")
                .schedule(), format);
        base = TestEvents.withText(base, "Facet event " + word, "About " + word, language);
        catalog.insert(TestEvents.with(base, List.of(org), language, city, topics, network, cost));
    }

    private Map<String, List<Facet.Count>> facets(String filters) {
        return api.events("q=" + word + "&facets=" + ALL + filters).facets();
    }

    @Test
    void countsPerValueOfTheWholeSearch() {
        Map<String, List<Facet.Count>> facets = facets("");
        assertEquals(List.of(new Facet.Count("stem", 3), new Facet.Count("literacy", 2),
                new Facet.Count("lifelong-learning", 1)), facets.get("topic"));
        // fr-CA counts under fr, as language=fr finds it
        assertEquals(List.of(new Facet.Count("en", 2), new Facet.Count("fr", 2), new Facet.Count("ar", 1)),
                facets.get("language"));
        assertEquals(List.of(new Facet.Count("FR", 2), new Facet.Count("MA", 2), new Facet.Count("CA", 1)),
                facets.get("country"));
        assertEquals(List.of(new Facet.Count("online", 3), new Facet.Count("hybrid", 1),
                new Facet.Count("in_person", 1)), facets.get("format"));
        assertEquals(List.of(new Facet.Count("true", 3), new Facet.Count("false", 2)), facets.get("free"));
        assertEquals(List.of(new Facet.Count("gnlc", 2)), facets.get("network"));
        assertEquals(List.of(new Facet.Count(org, 5)), facets.get("organizer"));
        assertEquals(List.of("city", "country", "format", "free", "language", "network", "organizer", "topic"),
                facets.keySet().stream().sorted().toList());
    }

    @Test
    void eachFacetIgnoresItsOwnFilterButNotTheOthers() {
        Map<String, List<Facet.Count>> facets = facets("&format=online&topic=stem");
        assertEquals(List.of(new Facet.Count("hybrid", 1), new Facet.Count("in_person", 1),
                new Facet.Count("online", 1)), facets.get("format"));
        assertEquals(List.of(new Facet.Count("lifelong-learning", 1), new Facet.Count("literacy", 1),
                new Facet.Count("stem", 1)), facets.get("topic"));
        assertEquals(List.of(new Facet.Count("en", 1)), facets.get("language"));
    }

    @Test
    void everyCountEqualsTheLengthOfTheListingWithThatValueChosen() {
        for (String filters : List.of("", "&format=online", "&topic=stem&free=true", "&language=fr")) {
            facets(filters).forEach((facet, counts) -> counts.forEach(count -> {
                String chosen = filters.replaceAll("&" + facet + "=[^&]*", "") + "&" + facet + "=" + count.value();
                assertEquals(count.count(), api.events("q=" + word + "&limit=200" + chosen).items().size(),
                        facet + "=" + count.value() + " with " + filters);
            }));
        }
    }

    @Test
    void facetsAreLeftOutUnlessAskedFor() {
        assertEquals(null, api.events("q=" + word).facets());
    }
}
