package org.learncal.feed;

import io.netty.handler.codec.http.HttpHeaders;
import org.junit.jupiter.api.Test;
import org.learncal.web.SecurityHeadersFilter;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The header blocks that fast answers share: each is the reply's headers, the security headers and the length of
 * its own body, in that order; one block serves every answer of its kind in its second; no answer can change it.
 */
class ReadyHeadersTest {
    private static final Instant NOW = Instant.parse("2027-01-05T10:00:00Z");
    private static final List<Map.Entry<String, String>> SECURITY = SecurityHeadersFilter.forPath("/calendar.ics");

    private final FeedResponses responses = new FeedResponses(new FeedConfiguration("learncal.org",
            Duration.ofHours(1), Duration.ofDays(30), 2000, 128, 1 << 28, 50_000, Duration.ofHours(1)),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final Feed feed = feed("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".repeat(200));

    @Test
    void eachKindOfAnswerHasItsReplysHeadersThenSecurityThenItsOwnLength() {
        ReadyHeaders ready = new ReadyHeaders(feed, NOW, SECURITY);
        for (boolean gzip : List.of(false, true)) {
            for (boolean notModified : List.of(false, true)) {
                FeedReply reply = responses.reply(feed, gzip, notModified, NOW);
                List<String> expected = new ArrayList<>();
                reply.headers().forEach(header -> expected.add(header.getKey() + ": " + header.getValue()));
                SECURITY.forEach(header -> expected.add(header.getKey() + ": " + header.getValue()));
                if (!notModified) {
                    expected.add("content-length: " + (gzip ? feed.gzipped() : feed.body()).length());
                }
                assertEquals(expected, lines(ready.headers(responses, gzip, notModified)));
            }
        }
    }

    @Test
    void oneBlockServesEveryAnswerOfItsKindInItsSecondOnly() {
        ReadyHeaders ready = new ReadyHeaders(feed, NOW, SECURITY);
        assertSame(ready.headers(responses, true, false), ready.headers(responses, true, false));
        assertNotSame(ready.headers(responses, true, false), ready.headers(responses, false, false));
        assertEquals(List.of(true, false, false, false), List.of(ready.serve(feed, NOW, SECURITY),
                ready.serve(feed, NOW.plusSeconds(1), SECURITY), ready.serve(feed("other"), NOW, SECURITY),
                ready.serve(feed, NOW, SecurityHeadersFilter.forPath(SecurityHeadersFilter.FRAMEABLE_PATH))));
    }

    @Test
    void anAnswerCannotChangeTheSharedBlock() {
        HttpHeaders block = new ReadyHeaders(feed, NOW, SECURITY).headers(responses, false, false);
        assertThrows(UnsupportedOperationException.class, () -> block.set("ETag", "\"changed\""));
        assertThrows(UnsupportedOperationException.class, () -> block.remove("Date"));
    }

    private static List<String> lines(HttpHeaders headers) {
        List<String> lines = new ArrayList<>();
        headers.iteratorCharSequence().forEachRemaining(header -> lines.add(header.getKey() + ": " + header.getValue()));
        return lines;
    }

    private static Feed feed(String content) {
        FeedBody body = FeedBody.of(content.getBytes(StandardCharsets.UTF_8));
        FeedDefinition definition = new FeedDefinition("Everything", "All events", "http://localhost/calendar.ics",
                "http://localhost/", "learncal.ics", null, UUID.randomUUID());
        return new Feed(definition, body, Feed.etagOf(body), NOW.minusSeconds(60), false, 1, Instant.MAX);
    }
}
