package org.learncal.source;

import org.learncal.support.CalendarServer;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.learncal.support.Tokens;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Servers that fail in the ways real ones do: each failure is a precise health entry, with backoff; the
 * catalogue is left as it was. The whole-pull timeout is 2 s here (30 s in service) to keep the test short.
 */
@MicronautTest
@Property(name = "test.fixed-clock", value = "2026-12-01T00:00:00Z")
@Property(name = "learncal.sources.pull-timeout", value = "PT2S")
class FetchFailuresTest extends MirroredCalendarTest {

    @Test
    void aServerErrorBacksOffExponentially() {
        server.answer(exchange -> CalendarServer.send(exchange, 500, "oops".getBytes()));
        calls.refresh(publisher, id);
        calls.refresh(publisher, id);
        Map<String, Object> health = SourceCalls.health(calls.refresh(publisher, id));
        assertEquals(List.of("http_error", "HTTP 500 Internal Server Error from " + server.url("/calendar/ical/nantes/public/basic.ics"), 3,
                "2026-12-01T00:04:00Z"), List.of(health.get("lastOutcome"), health.get("lastDetail"),
                health.get("consecutiveFailures"), health.get("nextAttempt")));
    }

    @Test
    void tenFailuresInARowPauseTheSource() {
        server.answer(exchange -> CalendarServer.send(exchange, 500, new byte[0]));
        for (int i = 0; i < 10; i++) {
            calls.refresh(publisher, id);
        }
        Map<String, Object> source = calls.source(publisher, id);
        assertEquals(List.of("paused", "paused after 10 failures in a row; the last: HTTP 500 Internal Server Error "
                + "from " + server.url("/calendar/ical/nantes/public/basic.ics")), List.of(source.get("state"), source.get("stateReason")));
    }

    @Test
    void retryAfterOfA429IsHonoured() {
        server.answer(exchange -> {
            exchange.getResponseHeaders().add("Retry-After", "3600");
            CalendarServer.send(exchange, 429, new byte[0]);
        });
        Map<String, Object> health = SourceCalls.health(calls.refresh(publisher, id));
        assertEquals(List.of("http_error", "2026-12-01T01:00:00Z"),
                List.of(health.get("lastOutcome"), health.get("nextAttempt")));
    }

    @Test
    void aSlowServerTimesOut() {
        server.answer(exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("BEGIN:VCALENDAR\r\n".getBytes());
            out.flush();
            sleep(5000);
        });
        Map<String, Object> health = SourceCalls.health(calls.refresh(publisher, id));
        assertEquals(List.of("timeout", "the server did not answer in full within 2.0 s"),
                List.of(health.get("lastOutcome"), health.get("lastDetail")));
    }

    @Test
    void aRedirectLoopStopsAfterFiveRedirects() {
        server.answer(exchange -> {
            exchange.getResponseHeaders().add("Location", "/feed.ics");
            CalendarServer.send(exchange, 302, new byte[0]);
        });
        Map<String, Object> health = SourceCalls.health(calls.refresh(publisher, id));
        assertEquals(List.of("too_many_redirects", 6), List.of(health.get("lastOutcome"), server.hits()));
    }

    @Test
    void aRedirectToTheCloudMetadataAddressIsRefused() {
        server.answer(exchange -> {
            exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/");
            CalendarServer.send(exchange, 301, new byte[0]);
        });
        Map<String, Object> health = SourceCalls.health(calls.refresh(publisher, id));
        assertEquals(List.of("refused", "host 169.254.169.254 resolves to 169.254.169.254, a link-local address; "
                + "LearnCal does not pull from such addresses"), List.of(health.get("lastOutcome"),
                health.get("lastDetail")));
    }

    @Test
    void anEndlessBodyIsCutOffAtFiveMebibytes() {
        byte[] line = "X-FILLER:0123456789012345678901234567890123456789012345678901234567890123\r\n".getBytes();
        server.answer(exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("BEGIN:VCALENDAR\r\n".getBytes());
            for (int i = 0; i < 7 * 1024 * 1024 / line.length; i++) {
                out.write(line);
            }
            out.close();
        });
        Map<String, Object> health = SourceCalls.health(calls.refresh(publisher, id));
        assertEquals(List.of("too_large", "the calendar is larger than the import limit of 5 MiB (it went on past "
                + "it); it was not read further"), List.of(health.get("lastOutcome"), health.get("lastDetail")));
    }

    @Test
    void aGzippedCalendarIsRead() {
        byte[] plain = CalendarServer.fixture("google.ics").getBytes();
        server.answer(exchange -> {
            java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
            try (var gzip = new java.util.zip.GZIPOutputStream(zipped)) {
                gzip.write(plain);
            }
            exchange.getResponseHeaders().add("Content-Encoding", "gzip");
            CalendarServer.send(exchange, 200, zipped.toByteArray());
        });
        Map<String, Object> source = calls.refresh(publisher, id);
        assertEquals(List.of("ok", 3), List.of(SourceCalls.health(source).get("lastOutcome"),
                SourceCalls.lastRun(source).get("created")));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
