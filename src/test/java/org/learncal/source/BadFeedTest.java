package org.learncal.source;

import org.learncal.support.CalendarServer;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learncal.catalog.CatalogVersion;
import org.learncal.support.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A feed that is no usable calendar leaves the catalogue as it was and says precisely why on the source. */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
class BadFeedTest {
    static final String GOOGLE = CalendarServer.fixture("google.ics");

    @Inject
    SourceCalls calls;

    @Inject
    CatalogVersion catalog;

    static Stream<Object[]> feeds() {
        return Stream.of(
                new Object[]{"html", "<!DOCTYPE html><html><body>Sign in</body></html>".getBytes(),
                        "not_icalendar", "the body is HTML or XML, not iCalendar (a login or error page?)"},
                new Object[]{"binary", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0, 0, (byte) 0xff, (byte) 0xfe},
                        "not_icalendar", "the body is not UTF-8 text (binary data?)"},
                new Object[]{"utf-16", ("\uFEFF" + GOOGLE).getBytes(StandardCharsets.UTF_16LE), "not_icalendar",
                        "the body is UTF-16; iCalendar feeds are UTF-8"},
                new Object[]{"truncated", GOOGLE.substring(0, GOOGLE.indexOf("END:VEVENT")).getBytes(),
                        "invalid", null});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("feeds")
    void aBadFeedChangesNothingAndSaysWhy(String name, byte[] body, String outcome, String detail) {
        try (CalendarServer server = CalendarServer.start()) {
            server.answer(exchange -> CalendarServer.send(exchange, 200, body));
            Tokens.Publisher publisher = calls.publisher();
            long version = catalog.current();
            Map<String, Object> health = SourceCalls.health(calls.refresh(publisher,
                    calls.register(publisher, server.url("/bad.ics"), Map.of()).get("id")));
            assertEquals(outcome, health.get("lastOutcome"), health::toString);
            if (detail != null) {
                assertEquals(detail, health.get("lastDetail"));
            }
            assertEquals(List.of(), calls.events(publisher.organizer()));
            assertEquals(version, catalog.current());
        }
    }

    @Test
    void anRruleBombIsRejectedWithItsLineAndTheRestImported() {
        String bomb = GOOGLE.replace("SEQUENCE:0\r\nSTATUS:CONFIRMED\r\nSUMMARY:Atelier",
                "RRULE:FREQ=SECONDLY\r\nSEQUENCE:0\r\nSTATUS:CONFIRMED\r\nSUMMARY:Atelier");
        try (CalendarServer server = CalendarServer.start()) {
            server.serve(bomb, "\"bomb\"");
            Tokens.Publisher publisher = calls.publisher();
            Map<String, Object> source = calls.refresh(publisher,
                    calls.register(publisher, server.url("/bomb.ics"), Map.of()).get("id"));
            assertEquals(List.of(Map.of("uid", SourceSyncTest.ATELIER, "line", 47, "reason",
                    "cannot be read as a series: it recurs more often than daily (FREQ=SECONDLY)")), SourceCalls.lastRun(source).get("rejected"));
            assertEquals(2, calls.events(publisher.organizer()).size());
        }
    }
}
