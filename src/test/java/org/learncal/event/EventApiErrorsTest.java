package org.learncal.event;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learncal.problem.Problem;
import org.learncal.support.Api;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every bad request to the read API gets a problem+json naming what was wrong; none gets a 500. */
@MicronautTest(transactional = false)
class EventApiErrorsTest {
    static final String INVALID = "https://learncal.org/problems/invalid-input";

    @Inject
    Api api;

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "from=2027-13-01|from|'2027-13-01' is not an ISO 8601 date (2027-01-24) or date-time (2027-01-24T10:00:00Z)",
        "to=tomorrow|to|'tomorrow' is not an ISO 8601 date (2027-01-24) or date-time (2027-01-24T10:00:00Z)",
        "from=2027-02-01&to=2027-01-01|to|must be after from",
        "format=webinar|format|'webinar' is not one of online, in_person, hybrid",
        "status=deleted|status|'deleted' is not one of scheduled, postponed, cancelled",
        "topic=astrology|topic|'astrology' is not a known topic (see /api/topics)",
        "city=atlantis|city|'atlantis' is not a known city (see /api/cities)",
        "network=nope|network|'nope' is not a known network (see /api/networks)",
        "organizer=nobody|organizer|'nobody' is not a known organizer (see /api/organizers)",
        "country=XX|country|'XX' is not an ISO 3166-1 alpha-2 country code",
        "language=not_a_tag|language|'not_a_tag' is not a BCP 47 language tag",
        "limit=0|limit|must be a whole number from 1 to 200, not '0'",
        "limit=500|limit|must be a whole number from 1 to 200, not '500'",
        "limit=ten|limit|must be a whole number from 1 to 200, not 'ten'",
        "free=yes|free|must be true or false",
        "q=a&q=b|q|may be given only once",
        "cursor=AAAA|cursor|is damaged or truncated; start again from the first page",
        "cursor=%%%|cursor|is damaged or truncated; start again from the first page",
    })
    void badParameterIsNamedWithItsReason(String query, String name, String reason) {
        Problem problem = api.problem("/api/events?" + query.replace("%%%", "%25%25"), 400);
        assertEquals(INVALID, problem.type());
        assertEquals(List.of(new Problem.InputError(name, reason)), problem.errors());
        assertEquals(name + ": " + reason, problem.detail());
    }

    @Test
    void overlongTextSearchIsRefused() {
        Problem problem = api.problem("/api/events?q=" + "a".repeat(201), 400);
        assertEquals(List.of(new Problem.InputError("q", "may have at most 200 characters")), problem.errors());
    }

    @Test
    void unknownParameterIsRejectedNotIgnored() {
        Problem problem = api.problem("/api/events?topics=literacy", 400);
        assertEquals("topics", problem.errors().get(0).name());
    }

    @Test
    void everyBadParameterIsNamedInOneResponse() {
        Problem problem = api.problem("/api/events?limit=0&format=x&from=y", 400);
        assertEquals("3 inputs are invalid", problem.detail());
        assertEquals(List.of("from", "format", "limit"), problem.errors().stream().map(Problem.InputError::name).toList());
    }

    @Test
    void forgedCursorIsRefused() {
        String cursor = api.events("limit=1").next();
        char[] chars = cursor.toCharArray();
        chars[10] = chars[10] == 'A' ? 'B' : 'A';
        Problem problem = api.problem("/api/events?limit=1&cursor=" + new String(chars), 400);
        assertEquals(List.of(new Problem.InputError("cursor",
                "is not a cursor this service issued; start again from the first page")), problem.errors());
        Problem truncated = api.problem("/api/events?limit=1&cursor=" + cursor.substring(0, cursor.length() - 4), 400);
        assertEquals("cursor", truncated.errors().get(0).name());
    }

    @Test
    void cursorOfAnotherSearchIsRefused() {
        String cursor = api.events("limit=1").next();
        Problem problem = api.problem("/api/events?limit=1&language=fr&cursor=" + cursor, 400);
        assertEquals(List.of(new Problem.InputError("cursor",
                "belongs to a search with other filters; start again from the first page")), problem.errors());
    }

    @ParameterizedTest
    @CsvSource({
        "/api/events/6a1b6c2e-0000-4000-8000-000000000000, No event '6a1b6c2e-0000-4000-8000-000000000000'",
        "/api/events/not-a-uuid, No event 'not-a-uuid'",
        "/api/organizers/nobody, No organizer 'nobody'",
        "/api/networks/nope, No network 'nope'",
        "/api/cities/atlantis, No city 'atlantis'",
    })
    void unknownResourceIs404(String path, String detail) {
        Problem problem = api.problem(path, 404);
        assertEquals("https://learncal.org/problems/not-found", problem.type());
        assertEquals(detail, problem.detail());
    }

    @Test
    void unknownRouteIs404ProblemJson() {
        assertEquals("https://learncal.org/problems/not-found", api.problem("/api/nothing-here", 404).type());
    }

    @Test
    void wrongMethodIs405() {
        Problem problem = api.problem(HttpRequest.DELETE("/api/topics"), 405);
        assertEquals("https://learncal.org/problems/method-not-allowed", problem.type());
    }

    @Test
    void unacceptableMediaTypeIs406() {
        Problem problem = api.problem(HttpRequest.GET("/api/events").accept(MediaType.APPLICATION_XML_TYPE), 406);
        assertEquals("https://learncal.org/problems/not-acceptable", problem.type());
    }
}
