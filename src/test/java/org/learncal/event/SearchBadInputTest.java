package org.learncal.event;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learncal.problem.Problem;
import org.learncal.support.Api;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Bad full-text, facet and place parameters each get a problem naming the parameter and what was wrong. */
@MicronautTest(transactional = false)
class SearchBadInputTest {
    @Inject
    Api api;

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "near=paris&within=-5km|within|must be a whole number of kilometres from 1 to 500, like 50km, not '-5km'",
        "near=paris&within=99999km|within|must be a whole number of kilometres from 1 to 500, like 50km, not '99999km'",
        "near=paris&within=far|within|must be a whole number of kilometres from 1 to 500, like 50km, not 'far'",
        "within=50km|within|needs near, the place to measure from",
        "near=91,2|near|latitude 91 is outside -90 to 90",
        "near=45,200|near|longitude 200 is outside -180 to 180",
        "near=atlantis|near|'atlantis' is neither a known city (see /api/cities) nor latitude,longitude in degrees "
                + "(48.8566,2.3522)",
        "facets=topic,colour|facets|'colour' is not a facet; facets are topic, language, country, city, network, "
                + "organizer, format, free",
        "sort=newest|sort|'newest' is not one of start, relevance, distance",
        "sort=relevance|sort|relevance needs q, the words to search for",
        "sort=distance&q=climat|sort|distance needs near, the place to measure from",
    })
    void badParameterIsNamedWithItsReason(String query, String name, String reason) {
        Problem problem = api.problem("/api/events?" + query, 400);
        assertEquals(EventApiErrorsTest.INVALID, problem.type());
        assertEquals(List.of(new Problem.InputError(name, reason)), problem.errors());
    }

    @Test
    void nearNinetyOneTwoHundredNamesBothCoordinates() {
        assertEquals(List.of(new Problem.InputError("near", "latitude 91 is outside -90 to 90"),
                        new Problem.InputError("near", "longitude 200 is outside -180 to 180")),
                api.problem("/api/events?near=91,200", 400).errors());
    }

    @Test
    void fiftyWordsAreTooMany() {
        String words = String.join("+", java.util.stream.IntStream.rangeClosed(1, 50).mapToObj(n -> "w" + n)
                .toList());
        assertEquals(List.of(new Problem.InputError("q", "may have at most 16 words (in Chinese or Japanese, each "
                + "pair of characters counts as a word)")), api.problem("/api/events?q=" + words, 400).errors());
    }

    @Test
    void feedsRefuseTheSameBadPlace() {
        assertEquals(List.of(new Problem.InputError("within", "must be a whole number of kilometres from 1 to 500, "
                + "like 50km, not '0km'")), api.problem("/calendar.ics?near=paris&within=0km", 400).errors());
    }
}
