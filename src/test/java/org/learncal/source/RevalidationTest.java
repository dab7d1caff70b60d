package org.learncal.source;

import org.learncal.support.CalendarServer;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learncal.catalog.CatalogVersion;
import org.learncal.support.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.learncal.support.CalendarServer.fixture;

/** A calendar that did not change costs a conditional GET and writes nothing, not even the catalogue version. */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class RevalidationTest {
    static final String GOOGLE = fixture("google.ics");

    @Inject
    SourceCalls calls;

    @Inject
    CatalogVersion catalog;

    CalendarServer server;
    Tokens.Publisher publisher;

    @BeforeEach
    void start() {
        server = CalendarServer.start();
        publisher = calls.publisher();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theSecondPullSendsTheValidatorsOfTheFirst() {
        server.serve(GOOGLE, "\"etag-1\"");
        Object id = calls.register(publisher, server.url("/basic.ics"), Map.of()).get("id");
        calls.refresh(publisher, id);
        calls.refresh(publisher, id);
        assertEquals(List.of("\"etag-1\"", "Mon, 30 Nov 2026 10:15:00 GMT"),
                List.of(server.header(1, "If-None-Match"), server.header(1, "If-Modified-Since")));
    }

    @Test
    void aNotModifiedAnswerWritesNothingAndKeepsTheCatalogueVersion() {
        server.serve(GOOGLE, "\"etag-1\"");
        Object id = calls.register(publisher, server.url("/basic.ics"), Map.of()).get("id");
        calls.refresh(publisher, id);
        long version = catalog.current();
        Map<String, Object> source = calls.refresh(publisher, id);
        assertEquals(List.of("not_modified", 2, 0), List.of(SourceCalls.health(source).get("lastOutcome"),
                SourceCalls.health(source).get("runs"), SourceCalls.health(source).get("consecutiveFailures")));
        assertEquals(version, catalog.current());
    }

    @Test
    void theSameBytesWithoutValidatorsWriteNothing() {
        byte[] body = GOOGLE.getBytes(StandardCharsets.UTF_8);
        server.answer(exchange -> CalendarServer.send(exchange, 200, body));
        Object id = calls.register(publisher, server.url("/basic.ics"), Map.of()).get("id");
        calls.refresh(publisher, id);
        long version = catalog.current();
        Map<String, Object> source = calls.refresh(publisher, id);
        assertEquals("unchanged", SourceCalls.health(source).get("lastOutcome"));
        assertEquals(version, catalog.current());
    }

    @Test
    void aChangedBodyWhoseEventsDidNotChangeKeepsTheCatalogueVersion() {
        server.serve(GOOGLE, "\"etag-1\"");
        Object id = calls.register(publisher, server.url("/basic.ics"), Map.of()).get("id");
        calls.refresh(publisher, id);
        long version = catalog.current();
        // Google stamps DTSTAMP with the time of each export
        server.serve(GOOGLE.replace("DTSTAMP:20261130T101500Z", "DTSTAMP:20261201T000000Z"), "\"etag-2\"");
        assertEquals("ok", SourceCalls.health(calls.refresh(publisher, id)).get("lastOutcome"));
        assertEquals(version, catalog.current());
    }

    @Test
    void theRequestSaysWhoIsAskingAndAcceptsGzip() {
        server.serve(GOOGLE, "\"etag-1\"");
        calls.refresh(publisher, calls.register(publisher, server.url("/basic.ics"), Map.of()).get("id"));
        assertEquals(List.of("LearnCal/1.0 (calendar sync; +https://learncal.test)", "gzip"),
                List.of(server.header(0, "User-Agent"), server.header(0, "Accept-Encoding")));
    }
}
