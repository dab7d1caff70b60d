package org.learncal.feed;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.learncal.event.Event;
import org.learncal.event.EventStore;
import org.learncal.support.RawHttp;
import org.learncal.support.RawHttp.Answer;
import org.learncal.support.TestEvents;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Polls of one feed answered before routing share header blocks made once per encoding, status and second
 * ({@link ReadyHeaders}): four kinds of poll sent together on one connection each get their own routed
 * answer's headers and body, none another kind's.
 */
@MicronautTest(transactional = false)
class FeedShortcutVariantsTest {
    @Inject
    EventStore store;
    @Inject
    EmbeddedServer server;
    @Inject
    MeterRegistry registry;

    @Test
    void identityGzipAnd304sOfOneFeedTogetherEachGetTheirOwnRoutedAnswer() throws IOException {
        Event event = TestEvents.online("Shortcut variants", LocalDateTime.of(2027, 9, 9, 10, 0), "Europe/Paris");
        store.insert(event);
        String path = "/calendar/events/" + event.id() + ".ics";
        String identityTag = routed(RawHttp.request("GET", path)).header("ETag");
        String gzipTag = routed(RawHttp.request("GET", path, "Accept-Encoding: gzip")).header("ETag");
        List<String[]> kinds = List.of(new String[0], new String[] {"Accept-Encoding: gzip"},
                new String[] {"If-None-Match: " + identityTag},
                new String[] {"Accept-Encoding: gzip", "If-None-Match: " + gzipTag});
        List<String> polls = new ArrayList<>();
        List<Answer> expected = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            polls.add(RawHttp.request("GET", path + "?kind=" + i, kinds.get(i)));
            expected.add(routed(polls.get(i)));
        }
        double shortcuts = registry.counter("learncal.feed.shortcut").count();
        List<String> exchange = new ArrayList<>(polls);
        exchange.add(RawHttp.CLOSING);
        List<Answer> answers = RawHttp.exchange(server.getPort(), exchange.toArray(String[]::new));
        assertEquals(shortcuts + 4, registry.counter("learncal.feed.shortcut").count());
        assertEquals(List.of(200, 200, 304, 304), answers.subList(0, 4).stream().map(Answer::status).toList());
        for (int i = 0; i < polls.size(); i++) {
            assertEquals(expected.get(i).headerLinesButDate(), answers.get(i).headerLinesButDate());
            assertArrayEquals(expected.get(i).body(), answers.get(i).body());
        }
    }

    private Answer routed(String request) throws IOException {
        return RawHttp.exchange(server.getPort(), request, RawHttp.CLOSING).get(0);
    }
}
