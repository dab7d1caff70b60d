package org.learncal.apispec;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The iCalendar feeds against api-spec/openapi.yaml: 200 with their headers, 304 when current, errors. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedContractTest {
    @Inject
    @Client("/")
    HttpClient client;

    ContractValidator contract;

    @BeforeAll
    void loadSpec() {
        contract = ContractValidator.load();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/calendar.ics",
        "/calendar.ics?topic=literacy&language=fr",
        "/calendar.ics?from=2021-01-01&status=cancelled&status=scheduled",
        "/calendar/networks/gnlc.ics",
        "/calendar/organizers/um6p.ics",
        "/calendar/cities/benguerir.ics",
        "/calendar/events/" + OpenApiContractTest.BENGUERIR_WEBINAR + ".ics"
    })
    void feedsAnswerACalendarWithTheirDocumentedHeaders(String uri) {
        Exchange feed = Exchange.get(client, uri);
        assertEquals(200, feed.status(), feed.toString());
        contract.assertValidExchange(feed);
        assertEquals("text/calendar", feed.contentType());
        assertTrue(feed.body().startsWith("BEGIN:VCALENDAR\r\n"), feed.body());
        assertEquals("public, max-age=3600", feed.responseHeader("Cache-Control").orElseThrow());
        assertNull(feed.responseHeader("LearnCal-Feed-Truncated").orElse(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/calendar.ics?topic=literacy", "/calendar/networks/gnlc.ics",
        "/calendar/events/" + OpenApiContractTest.BENGUERIR_WEBINAR + ".ics"})
    void aFeedTheClientHasAnswers304WithItsValidators(String uri) {
        Exchange feed = Exchange.get(client, uri);
        String etag = feed.responseHeader("ETag").orElseThrow();
        Exchange unchanged = Exchange.send(client, HttpRequest.GET(uri).header("If-None-Match", etag), null);
        assertEquals(304, unchanged.status(), unchanged.toString());
        contract.assertValidExchange(unchanged);
        assertEquals(etag, unchanged.responseHeader("ETag").orElseThrow());
        assertTrue(unchanged.body() == null || unchanged.body().isEmpty(), unchanged.body());

        String lastModified = feed.responseHeader("Last-Modified").orElseThrow();
        Exchange sameDate = Exchange.send(client, HttpRequest.GET(uri).header("If-Modified-Since", lastModified),
                null);
        assertEquals(304, sameDate.status(), sameDate.toString());
        contract.assertValidExchange(sameDate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/calendar/networks/nowhere.ics", "/calendar/organizers/nobody.ics",
        "/calendar/cities/atlantis.ics", "/calendar/events/00000000-0000-0000-0000-000000000000.ics",
        "/calendar/events/not-a-uuid.ics"})
    void anUnknownFeedAnswers404(String uri) {
        Exchange missing = Exchange.get(client, uri);
        assertEquals(404, missing.status(), missing.toString());
        contract.assertValidResponse(missing);
    }

    /** Outside the documented paths (no .ics), so only the shared Problem shape applies. */
    @Test
    void aFeedNameWithoutIcsAnswers404() {
        contract.assertProblem(Exchange.get(client, "/calendar/networks/gnlc.json"), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/calendar.ics?colour=blue", "/calendar.ics?topic=literature&from=yesterday"})
    void aFeedOfAnInvalidSearchAnswers400(String uri) {
        Exchange refused = Exchange.get(client, uri);
        assertEquals(400, refused.status(), refused.toString());
        contract.assertValidResponse(refused);
        assertFalse(refused.body().isEmpty());
    }
}
